package org.minzheng.policy.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.policy.Department;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 《社会救助政策汇编》: the policies in force today, department by department, laid out for paper, the
 * booklet township windows and village offices keep on the counter.
 */
@Controller
@PreAuthorize("hasAuthority('policy:catalogue:view')")
class CompilationController {

    private final PolicyRepository policies;
    private final PolicyEditor editor;

    CompilationController(PolicyRepository policies, PolicyEditor editor) {
        this.policies = policies;
        this.editor = editor;
    }

    @GetMapping(PolicyController.BASE + "/compilation")
    String compilation(Model model) {
        var today = editor.today();
        List<PolicyVersion> inForce = policies.inForce(today);
        Map<Department, List<PolicyVersion>> byDepartment = new LinkedHashMap<>();
        for (PolicyVersion policy : inForce) {
            byDepartment
                    .computeIfAbsent(policy.department(), department -> new ArrayList<>())
                    .add(policy);
        }
        model.addAttribute(
                "chapters",
                byDepartment.entrySet().stream()
                        .map(entry -> new Chapter(entry.getKey(), entry.getValue()))
                        .toList());
        model.addAttribute("today", today);
        model.addAttribute("total", inForce.size());
        model.addAttribute("anyDemo", inForce.stream().anyMatch(PolicyVersion::demo));
        return "policy/catalogue/compilation";
    }

    /** One department's part of the compilation. */
    record Chapter(Department department, List<PolicyVersion> policies) {}
}
