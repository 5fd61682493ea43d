package org.minzheng.rescue.search;

import org.minzheng.rescue.cases.IdentityStatus;
import org.minzheng.rescue.cases.RescueCaseAdmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A person nobody can name is searched for from the hour of admission: the 24-hour notice clock starts then. */
@Component
class SearchOpener {

    private final FamilySearchService service;

    SearchOpener(FamilySearchService service) {
        this.service = service;
    }

    @EventListener
    void on(RescueCaseAdmitted admitted) {
        if (admitted.identityStatus() == IdentityStatus.UNKNOWN) {
            service.openAtIntake(admitted.caseId(), admitted.regionCode());
        }
    }
}
