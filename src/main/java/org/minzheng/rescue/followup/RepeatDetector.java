package org.minzheng.rescue.followup;

import java.util.List;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.rescue.cases.RescueCaseAdmitted;
import org.minzheng.rescue.cases.RescueCaseIdentified;
import org.minzheng.rescue.matching.PersonMatcher;
import org.minzheng.shared.RegionCode;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * 反复流浪: when a person is taken in, looks for an earlier stay of the same person. The same ID number is proof and
 * is linked at once; without one the matcher proposes earlier released cases of the last three years and returnees
 * still followed, for a person to confirm. Runs inside the intake (or identification) transaction, so it stands or
 * falls with it.
 */
@Component
class RepeatDetector {

    /**
     * The least matcher score worth a person's look. A case description usually holds sex, age, height, dialect and
     * place; 60 needs most of those to agree plus a name or a feature, so that one station's many middle-aged men
     * from the same county do not all become suggestions.
     */
    static final int SUGGEST_FROM = 60;

    static final int MAX_SUGGESTIONS = 3;
    static final int YEARS_BACK = 3;

    private final RepeatRepository repeats;
    private final AuditLog audit;

    RepeatDetector(RepeatRepository repeats, AuditLog audit) {
        this.repeats = repeats;
        this.audit = audit;
    }

    @EventListener
    void onAdmitted(RescueCaseAdmitted admitted) {
        RepeatRepository.NewCase c = repeats.newCase(admitted.caseId()).orElse(null);
        if (c == null) {
            return;
        }
        RegionCode region = RegionCode.of(c.regionCode());
        if (c.idIndex() != null) {
            byIdNumber(c, region);
        } else {
            byMatch(c, region);
        }
    }

    /**
     * A person taken in without a number and identified later (a corrected identity, or the family search's
     * reunification) is looked up by the number then; earlier suggestions for the same stay become confirmed.
     */
    @EventListener
    void onIdentified(RescueCaseIdentified identified) {
        repeats.newCase(identified.caseId())
                .filter(c -> c.idIndex() != null)
                .ifPresent(c -> byIdNumber(c, RegionCode.of(c.regionCode())));
    }

    private void byIdNumber(RepeatRepository.NewCase c, RegionCode region) {
        Long earlierCase = repeats.latestEarlierCase(c.id(), c.idIndex()).orElse(null);
        Long returneeOfCase =
                earlierCase == null ? null : repeats.returneeOfCase(earlierCase).orElse(null);
        if (earlierCase != null) {
            long link = repeats.confirmedByIdNumber(c.id(), earlierCase, returneeOfCase);
            record(link, c, region, "case " + earlierCase);
        }
        Long returnee = repeats.returneeWithIndex(c.idIndex()).orElse(null);
        if (returnee != null && !returnee.equals(returneeOfCase)) {
            long link = repeats.confirmedByIdNumber(c.id(), null, returnee);
            record(link, c, region, "returnee " + returnee);
        }
    }

    private void byMatch(RepeatRepository.NewCase c, RegionCode region) {
        List<EarlierPerson> candidates =
                repeats.candidates(c.id(), c.admittedOn().minusYears(YEARS_BACK));
        var ranked = PersonMatcher.rank(c.description(), candidates, EarlierPerson::description).stream()
                .filter(r -> r.score().score() >= SUGGEST_FROM)
                .limit(MAX_SUGGESTIONS)
                .toList();
        for (var r : ranked) {
            long link = repeats.suggest(
                    c.id(),
                    r.candidate().caseId(),
                    r.candidate().returneeId(),
                    r.score().score(),
                    r.score().summary());
            audit.record(AuditEvent.operation("rescue.repeat.suggest", "rescue.repeat", String.valueOf(link), region)
                    .withDetail(c.number() + " ~ " + r.candidate().label() + " "
                            + r.score().score()));
        }
    }

    private void record(long link, RepeatRepository.NewCase c, RegionCode region, String earlier) {
        audit.record(AuditEvent.operation("rescue.repeat.detect", "rescue.repeat", String.valueOf(link), region)
                .withDetail(c.number() + " = " + earlier + " by ID number"));
    }
}
