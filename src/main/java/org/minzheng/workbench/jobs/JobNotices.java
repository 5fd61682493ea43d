package org.minzheng.workbench.jobs;

import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.StaffPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The owner's notice: finished jobs they have not looked at, counted in the console's top bar. */
@ControllerAdvice
class JobNotices {

    private final JobRepository jobs;

    JobNotices(JobRepository jobs) {
        this.jobs = jobs;
    }

    @ModelAttribute("unseenJobs")
    long unseenJobs() {
        return CurrentStaff.principal()
                .filter(staff -> !staff.passwordChangeRequired())
                .map(StaffPrincipal::accountId)
                .map(jobs::unseen)
                .orElse(0L);
    }
}
