package org.minzheng.eldercare.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the catalogue. Every package must stay inside the price band: a new package, and an item
 * price that would move a package that uses the item out of the band, are refused.
 */
@Service
class ServiceCatalogue {

    private final CatalogueRepository catalogue;
    private final PackagePriceRange band;
    private final AuditLog audit;

    ServiceCatalogue(CatalogueRepository catalogue, PackagePriceRange band, AuditLog audit) {
        this.catalogue = catalogue;
        this.band = band;
        this.audit = audit;
    }

    /** @throws PackagePriceRefusedException if the package would cost less than the band's minimum or more than its maximum */
    @Transactional
    void setPackage(int level, Map<Long, Integer> visits) {
        Map<Long, ServiceItem> items = new HashMap<>();
        catalogue.items().forEach(item -> items.put(item.id(), item));
        List<PackageLine> lines = visits.entrySet().stream()
                .map(entry -> new PackageLine(items.get(entry.getKey()), entry.getValue()))
                .toList();
        var proposed = new ServicePackage(level, lines);
        requireWithinBand(proposed);
        catalogue.replacePackage(level, visits);
        audit.record(
                AuditEvent.operation("eldercare.catalogue.package", "eldercare.package", Integer.toString(level), null)
                        .withDetail(proposed.price().toYuanString()));
    }

    /** @throws PackagePriceRefusedException if a package that uses the item would leave the band */
    @Transactional
    void reprice(ServiceItem item, int minutes, Money price) {
        for (ServicePackage existing : catalogue.packages()) {
            List<PackageLine> repriced = existing.lines().stream()
                    .map(line -> line.item().id() == item.id()
                            ? new PackageLine(
                                    new ServiceItem(item.id(), item.categoryCode(), item.name(), minutes, price, false),
                                    line.visitsPerMonth())
                            : line)
                    .toList();
            if (!repriced.equals(existing.lines())) {
                requireWithinBand(new ServicePackage(existing.capabilityLevel(), repriced));
            }
        }
        catalogue.updateItem(item.id(), minutes, price);
        audit.record(AuditEvent.operation(
                        "eldercare.catalogue.item", "eldercare.service-item", Long.toString(item.id()), null)
                .withDetail(item.name() + " " + minutes + " " + price.toYuanString()));
    }

    private void requireWithinBand(ServicePackage proposed) {
        if (!band.contains(proposed.price())) {
            throw new PackagePriceRefusedException(proposed.capabilityLevel(), proposed.price());
        }
    }
}
