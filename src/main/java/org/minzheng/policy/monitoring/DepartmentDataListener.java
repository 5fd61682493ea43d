package org.minzheng.policy.monitoring;

import org.minzheng.registry.DepartmentDataArrived;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When departments deliver data about registered persons, their households are checked at once rather
 * than at night: a death in a recipient household should stop the next payment, not the one after.
 */
@Component
class DepartmentDataListener {

    private final MonitoringRun run;

    DepartmentDataListener(MonitoringRun run) {
        this.run = run;
    }

    @ApplicationModuleListener
    void on(DepartmentDataArrived event) {
        run.households(event.households());
    }
}
