package org.minzheng.portal.selfcheck;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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

    /** Questions on the first page: few enough for an elderly citizen on a small phone. */
    static final int FIRST_PAGE = 8;

    static final String MORE = "more";
    static final String ALL = "all";

    private final PortalVillages villages;
    private final SelfCheck selfCheck;

    SelfCheckController(PortalVillages villages, SelfCheck selfCheck) {
        this.villages = villages;
        this.selfCheck = selfCheck;
    }

    /**
     * The questions, a few at a time: first the ones most rules read; after a result, {@code more} asks
     * only what the still-open policies need; {@code all} shows every question. Questions already
     * answered stay on the page, so nothing typed is lost.
     */
    @GetMapping
    String form(@PathVariable String villageCode, @RequestParam MultiValueMap<String, String> parameters, Model model) {
        Village village = villages.open(villageCode);
        List<Question> questions = selfCheck.questions(villages.today());
        Answers answers = Answers.from(questions, parameters);
        List<Question> shown;
        if (parameters.containsKey(ALL)) {
            shown = questions;
        } else if (parameters.containsKey(MORE)) {
            SelfCheckResult result = selfCheck.check(village.code(), villages.today(), answers.asMap());
            Set<String> needed = new HashSet<>();
            result.needMoreFacts().forEach(finding -> needed.addAll(finding.missing()));
            shown = needed.isEmpty() ? questions : askedOrAnswered(questions, needed, answers);
        } else {
            shown = firstPage(questions, answers);
        }
        showForm(model, village, shown, answers, Map.of());
        model.addAttribute("allQuestions", questions.size());
        model.addAttribute("showAll", formAddress(village, answers, ALL));
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
            // the answers that could not be read were given, so they stay on the page with their messages
            showForm(model, village, firstPage(questions, answers), answers, result.problems());
            model.addAttribute("allQuestions", questions.size());
            model.addAttribute("showAll", formAddress(village, answers, ALL));
            return "portal/self-check";
        }
        model.addAttribute("village", village);
        model.addAttribute("result", result);
        model.addAttribute("formAgain", formAddress(village, answers, MORE));
        return "portal/self-check-result";
    }

    private static void showForm(
            Model model, Village village, List<Question> questions, Answers answers, Map<String, String> problems) {
        model.addAttribute("village", village);
        model.addAttribute("groups", QuestionGroup.of(questions, answers, problems));
        model.addAttribute("shownQuestions", questions.size());
        model.addAttribute("problems", problems);
    }

    private List<Question> firstPage(List<Question> questions, Answers answers) {
        return askedOrAnswered(questions, keyAttributes(), answers);
    }

    private Set<String> keyAttributes() {
        return selfCheck.keyQuestions(villages.today(), FIRST_PAGE).stream()
                .map(Question::attribute)
                .collect(Collectors.toSet());
    }

    private static List<Question> askedOrAnswered(List<Question> questions, Set<String> asked, Answers answers) {
        return questions.stream()
                .filter(question -> asked.contains(question.attribute())
                        || !answers.of(question.attribute()).isEmpty())
                .toList();
    }

    private static String formAddress(Village village, Answers answers, String mode) {
        String query = answers.query();
        return "/v/" + village.path() + "/self-check?" + (query.isEmpty() ? "" : query + "&") + mode + "=1";
    }
}
