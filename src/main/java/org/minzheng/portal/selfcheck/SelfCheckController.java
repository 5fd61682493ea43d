package org.minzheng.portal.selfcheck;

import java.util.List;
import java.util.Map;
import org.minzheng.policy.Question;
import org.minzheng.policy.SelfCheck;
import org.minzheng.policy.SelfCheckResult;
import org.minzheng.portal.village.PortalVillages;
import org.minzheng.portal.village.Village;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 政策自查: a few questions, then which policies the family likely qualifies for. Both pages are GET: the
 * check changes nothing and stores nothing, and the answers stay in the address, so "back" and "fill in
 * the rest" keep them without a session.
 */
@Controller
@RequestMapping("/v/{villageCode}/self-check")
class SelfCheckController {

    private final PortalVillages villages;
    private final SelfCheck selfCheck;

    SelfCheckController(PortalVillages villages, SelfCheck selfCheck) {
        this.villages = villages;
        this.selfCheck = selfCheck;
    }

    @GetMapping
    String form(@PathVariable String villageCode, @RequestParam MultiValueMap<String, String> parameters, Model model) {
        Village village = villages.open(villageCode);
        List<Question> questions = selfCheck.questions(villages.today());
        showForm(model, village, questions, Answers.from(questions, parameters), Map.of());
        return "portal/self-check";
    }

    @GetMapping("/result")
    String result(
            @PathVariable String villageCode, @RequestParam MultiValueMap<String, String> parameters, Model model) {
        Village village = villages.open(villageCode);
        List<Question> questions = selfCheck.questions(villages.today());
        Answers answers = Answers.from(questions, parameters);
        SelfCheckResult result = selfCheck.check(village.code(), villages.today(), answers.asMap());
        if (result.hasProblems()) {
            showForm(model, village, questions, answers, result.problems());
            return "portal/self-check";
        }
        model.addAttribute("village", village);
        model.addAttribute("result", result);
        model.addAttribute("formAgain", formAddress(village, answers));
        return "portal/self-check-result";
    }

    private static void showForm(
            Model model, Village village, List<Question> questions, Answers answers, Map<String, String> problems) {
        model.addAttribute("village", village);
        model.addAttribute("groups", QuestionGroup.of(questions, answers, problems));
        model.addAttribute("problems", problems);
    }

    private static String formAddress(Village village, Answers answers) {
        String query = answers.query();
        return "/v/" + village.path() + "/self-check" + (query.isEmpty() ? "" : "?" + query);
    }
}
