package org.minzheng.charity.provider;

import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers and corrects providers, each change audited in its transaction. */
@Service
class ServiceProviderService {

    static final String TARGET = "charity-provider";

    private final ServiceProviderRepository providers;
    private final AuditLog audit;

    ServiceProviderService(ServiceProviderRepository providers, AuditLog audit) {
        this.providers = providers;
        this.audit = audit;
    }

    @Transactional
    long create(ServiceProviderForm form, RegionCode keeping, String by) {
        long id = providers.insert(form, keeping, false, by);
        audit.record(AuditEvent.operation("charity.provider.create", TARGET, String.valueOf(id), keeping)
                .withDetail(form.name().strip() + " / " + form.normalisedCreditCode()));
        return id;
    }

    @Transactional
    void update(ServiceProvider provider, ServiceProviderForm form) {
        providers.update(provider.id(), form);
        audit.record(AuditEvent.operation(
                        "charity.provider.update",
                        TARGET,
                        String.valueOf(provider.id()),
                        RegionCode.of(provider.regionCode()))
                .withDetail(form.name().strip() + " / " + form.normalisedCreditCode()));
    }
}
