package org.minzheng.workbench.jobs;

import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 后台任务: a staff member's own jobs and the unattended ones of their region, with live progress. */
@Controller
@RequestMapping("/console/jobs")
@PreAuthorize("hasAuthority('STAFF')")
class JobController {

    private static final int PAGE_SIZE = 20;

    private final JobRepository jobs;

    JobController(JobRepository jobs) {
        this.jobs = jobs;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        Page<JobRow> rows = jobs.visibleTo(CurrentStaff.require(), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("jobs", rows);
        model.addAttribute("pages", PageLinks.of(rows));
        model.addAttribute("pageBase", "?");
        return "workbench/jobs";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        StaffPrincipal staff = CurrentStaff.require();
        JobRow job = jobs.find(id, staff).orElseThrow(() -> new NotFoundException("job " + id));
        if (!job.running()) {
            jobs.markSeen(id, staff.accountId());
        }
        model.addAttribute("job", job);
        // htmx polls the progress panel alone while the job runs
        return htmx != null ? "workbench/job :: progress" : "workbench/job";
    }
}
