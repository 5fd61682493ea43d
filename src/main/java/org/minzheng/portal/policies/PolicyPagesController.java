package org.minzheng.portal.policies;

import java.util.List;
import java.util.regex.Pattern;
import org.minzheng.policy.Policies;
import org.minzheng.policy.PolicyDetails;
import org.minzheng.policy.PolicySummary;
import org.minzheng.portal.village.PortalNotFoundException;
import org.minzheng.portal.village.PortalVillages;
import org.minzheng.portal.village.Village;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 码上通: the policies in force today, by department, searchable, each on a page of its own. */
@Controller
@RequestMapping("/v/{villageCode}/policies")
class PolicyPagesController {

    /** Longer than any policy name; a search box needs no more, and the page repeats what was typed. */
    static final int LONGEST_QUERY = 40;

    private static final Pattern POLICY_ID = Pattern.compile("[1-9][0-9]{0,17}");

    private final PortalVillages villages;
    private final Policies policies;

    PolicyPagesController(PortalVillages villages, Policies policies) {
        this.villages = villages;
        this.policies = policies;
    }

    @GetMapping
    String list(@PathVariable String villageCode, @RequestParam(defaultValue = "") String q, Model model) {
        Village village = villages.open(villageCode);
        String query = q.strip();
        if (query.length() > LONGEST_QUERY) {
            query = query.substring(0, LONGEST_QUERY);
        }
        List<PolicySummary> found = policies.inForce(villages.today(), query);
        model.addAttribute("village", village);
        model.addAttribute("q", query);
        model.addAttribute("total", found.size());
        model.addAttribute("departments", DepartmentPolicies.group(found));
        return "portal/policies";
    }

    @GetMapping("/{policyId}")
    String show(@PathVariable String villageCode, @PathVariable String policyId, Model model) {
        Village village = villages.open(villageCode);
        if (!POLICY_ID.matcher(policyId).matches()) {
            throw PortalNotFoundException.unknownPolicy(village);
        }
        PolicyDetails policy = policies.inForce(Long.parseLong(policyId), villages.today())
                .orElseThrow(() -> PortalNotFoundException.unknownPolicy(village));
        model.addAttribute("village", village);
        model.addAttribute("policy", policy);
        return "portal/policy";
    }
}
