package org.minzheng.rescue.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonMatcherTests {

    private static final LocalDate FOUND_ON = LocalDate.of(2026, 9, 12);

    /** An old man found at the railway station, who cannot say who he is. */
    private static final PersonDescription FOUND = new PersonDescription(
            null,
            "M",
            PersonDescription.birthYearFromAge(68, FOUND_ON),
            PersonDescription.ESTIMATED_AGE_UNCERTAINTY,
            168,
            "左手缺小指，右眉上方有疤痕，头发花白",
            "河南口音",
            "371602003000",
            "滨城区火车站候车室",
            FOUND_ON);

    record Report(String label, PersonDescription description) {}

    private static Report report(
            String label,
            String sex,
            int birthYear,
            int uncertainty,
            Integer height,
            String features,
            String dialect,
            String region,
            LocalDate missingSince) {
        return new Report(
                label,
                new PersonDescription(
                        null, sex, birthYear, uncertainty, height, features, dialect, region, null, missingSince));
    }

    /** The hand-built set: the right person, four plausible look-alikes and two that must be ruled out. */
    private static final List<Report> REPORTS = List.of(
            report(
                    "same age and dialect, no features alike",
                    "M",
                    1958,
                    0,
                    170,
                    "身材偏胖，戴眼镜",
                    "河南话",
                    "410300000000",
                    LocalDate.of(2026, 8, 1)),
            report(
                    "the right person",
                    "M",
                    1957,
                    0,
                    166,
                    "左手小指缺失，眉毛上方有疤",
                    "河南方言",
                    "411400000000",
                    LocalDate.of(2026, 7, 20)),
            report(
                    "same features but a woman",
                    "F",
                    1957,
                    0,
                    158,
                    "左手缺小指，右眉上方有疤痕",
                    "河南口音",
                    "411400000000",
                    LocalDate.of(2026, 7, 20)),
            report(
                    "local, close age, one feature",
                    "M",
                    1961,
                    3,
                    172,
                    "头发花白",
                    "滨州话",
                    "371602000000",
                    LocalDate.of(2026, 6, 2)),
            report("young man", "M", 1990, 0, 168, "左手缺小指", "河南口音", "411400000000", LocalDate.of(2026, 5, 1)),
            report(
                    "went missing after he was found",
                    "M",
                    1957,
                    0,
                    168,
                    "左手缺小指，右眉上方有疤痕",
                    "河南口音",
                    "411400000000",
                    LocalDate.of(2026, 10, 1)),
            report(
                    "same age, Shandong, hair only",
                    "M",
                    1958,
                    2,
                    165,
                    "头发花白，驼背",
                    "山东话",
                    "370100000000",
                    LocalDate.of(2025, 1, 1)));

    @Test
    void ranksTheRightPersonFirst() {
        List<PersonMatcher.Ranked<Report>> ranked = PersonMatcher.rank(FOUND, REPORTS, Report::description);

        assertThat(ranked.get(0).candidate().label()).isEqualTo("the right person");
        assertThat(ranked.get(0).score().score())
                .isGreaterThan(ranked.get(1).score().score() + 10);
        assertThat(ranked.get(0).score().supporting())
                .extracting(MatchReason::key)
                .contains(
                        "rescue.match.reason.features",
                        "rescue.match.reason.age",
                        "rescue.match.reason.dialect",
                        "rescue.match.reason.sex");
    }

    @Test
    void rulesOutADifferentSexAFarAgeAndAFindingBeforeTheDisappearance() {
        List<String> kept = PersonMatcher.rank(FOUND, REPORTS, Report::description).stream()
                .map(r -> r.candidate().label())
                .toList();

        assertThat(kept)
                .doesNotContain("same features but a woman", "young man", "went missing after he was found")
                .hasSize(4);
        MatchScore woman = PersonMatcher.score(FOUND, REPORTS.get(2).description());
        assertThat(woman.excluded()).isTrue();
        assertThat(woman.score()).isZero();
        assertThat(woman.reasons()).extracting(MatchReason::key).contains("rescue.match.reason.sexDiffers");
    }

    @Test
    void worksOutEachPartOfTheRightPersonsScore() {
        MatchScore score = PersonMatcher.score(FOUND, REPORTS.get(1).description());

        // sex 10; age 15 (1958 ± 5 holds 1957); height 10 (168 and 166 are within 3 cm); features 20 (both phrases
        // of the report are alike on the person, 10 each); dialect 10 (河南 and 河南 once 口音 and 方言 are dropped);
        // place 0 (Shandong and Henan); found 54 days after going missing 4
        assertThat(score.reasons())
                .extracting(MatchReason::key, MatchReason::points)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("rescue.match.reason.sex", 10),
                        org.assertj.core.groups.Tuple.tuple("rescue.match.reason.age", 15),
                        org.assertj.core.groups.Tuple.tuple("rescue.match.reason.height", 10),
                        org.assertj.core.groups.Tuple.tuple("rescue.match.reason.features", 20),
                        org.assertj.core.groups.Tuple.tuple("rescue.match.reason.dialect", 10),
                        org.assertj.core.groups.Tuple.tuple("rescue.match.reason.days", 4));
        assertThat(score.score()).isEqualTo(69);
    }

    @Test
    void anUnknownPartNeitherAddsNorExcludes() {
        PersonDescription blank = new PersonDescription(null, "U", null, 0, null, null, null, null, null, null);

        MatchScore score = PersonMatcher.score(FOUND, blank);

        assertThat(score.excluded()).isFalse();
        assertThat(score.score()).isZero();
        assertThat(score.reasons()).isEmpty();
    }

    @Test
    void theSameNameAndIdentityDetailsScoreHighForARepeatVisitor() {
        PersonDescription earlier = new PersonDescription(
                "王保田", "M", 1957, 0, 167, "左手缺小指", "河南话", "371602000000", "滨城区汽车站", LocalDate.of(2025, 3, 2));
        PersonDescription now = new PersonDescription(
                "王保田",
                "M",
                1958,
                PersonDescription.ESTIMATED_AGE_UNCERTAINTY,
                168,
                "左手缺小指，头发花白",
                "河南口音",
                "371602003000",
                "滨城区火车站",
                LocalDate.of(2026, 9, 12));

        MatchScore score = PersonMatcher.score(now, earlier);

        assertThat(score.score()).isGreaterThanOrEqualTo(80);
        assertThat(score.supporting().get(0).key()).isIn("rescue.match.reason.features", "rescue.match.reason.name");
    }

    @Test
    void phrasesAreAlikeWhenOneHoldsTheOtherOrTheyShareMostPairs() {
        assertThat(PersonMatcher.alike("左手缺小指", "左手小指缺失")).isTrue();
        assertThat(PersonMatcher.alike("右眉上方有疤痕", "眉毛上方有疤")).isTrue();
        assertThat(PersonMatcher.alike("头发花白", "戴眼镜")).isFalse();
        assertThat(PersonMatcher.alike("左手缺小指", "右手缺小指")).isFalse();
        assertThat(PersonMatcher.phrases("左手缺小指，右眉上方有疤痕、 头发花白；a")).containsExactly("左手缺小指", "右眉上方有疤痕", "头发花白");
    }
}
