package org.minzheng.rescue.matching;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Compares a person found with a person sought, part by part, the way a caseworker reads two files side by side.
 * Points out of 100: name 15, sex 10, age 15, height 10, features 25 (10 for each feature described alike on both
 * sides, so that one common trait such as grey hair cannot outweigh two distinctive ones), dialect 10, place 10,
 * date 5. A part unknown on either side gives nothing. Three things known on both sides rule a pair out: a different sex, ages more than 15
 * years apart beyond both estimates, and a person found before the other went missing. The weights are settings
 * chosen for this city's demo, not a national standard.
 */
public final class PersonMatcher {

    static final int NAME = 15;
    static final int SEX = 10;
    static final int AGE = 15;
    static final int HEIGHT = 10;
    static final int FEATURES = 25;
    static final int DIALECT = 10;
    static final int PLACE = 10;
    static final int DATE = 5;

    private static final Pattern PHRASE_BREAK = Pattern.compile("[，,、；;。.\\s/／]+");
    private static final Pattern DIALECT_SUFFIX = Pattern.compile("(话|口音|方言|腔|土话)$");

    private PersonMatcher() {}

    public static MatchScore score(PersonDescription found, PersonDescription sought) {
        List<MatchReason> reasons = new ArrayList<>();
        boolean excluded = false;

        if (known(found.name()) && known(sought.name())) {
            String a = found.name().strip();
            String b = sought.name().strip();
            if (a.equals(b)) {
                reasons.add(MatchReason.of("name", NAME, a));
            } else if (a.charAt(0) == b.charAt(0)) {
                reasons.add(MatchReason.of("surname", 3, a.substring(0, 1)));
            }
        }

        if (definite(found.sex()) && definite(sought.sex())) {
            if (found.sex().equals(sought.sex())) {
                reasons.add(MatchReason.of("sex", SEX));
            } else {
                reasons.add(MatchReason.of("sexDiffers", 0));
                excluded = true;
            }
        }

        if (found.birthYear() != null && sought.birthYear() != null) {
            int gap = Math.abs(found.birthYear() - sought.birthYear())
                    - found.birthYearUncertainty()
                    - sought.birthYearUncertainty();
            if (gap <= 0) {
                reasons.add(MatchReason.of("age", AGE, found.birthYear(), sought.birthYear()));
            } else if (gap <= 3) {
                reasons.add(MatchReason.of("ageClose", 8, found.birthYear(), sought.birthYear()));
            } else if (gap <= 8) {
                reasons.add(MatchReason.of("ageClose", 3, found.birthYear(), sought.birthYear()));
            } else if (gap > 15) {
                reasons.add(MatchReason.of("ageDiffers", 0, found.birthYear(), sought.birthYear()));
                excluded = true;
            }
        }

        if (found.heightCm() != null && sought.heightCm() != null) {
            int diff = Math.abs(found.heightCm() - sought.heightCm());
            int points = diff <= 3 ? HEIGHT : diff <= 6 ? 6 : diff <= 10 ? 2 : 0;
            if (points > 0) {
                reasons.add(MatchReason.of("height", points, found.heightCm(), sought.heightCm()));
            }
        }

        if (known(found.features()) && known(sought.features())) {
            List<String> wanted = phrases(sought.features());
            List<String> seen = phrases(found.features());
            List<String> matched = wanted.stream()
                    .filter(w -> seen.stream().anyMatch(s -> alike(w, s)))
                    .toList();
            if (!matched.isEmpty()) {
                int points = Math.min(FEATURES, 10 * matched.size());
                reasons.add(MatchReason.of("features", points, String.join("、", matched)));
            }
        }

        if (known(found.dialect()) && known(sought.dialect())) {
            String a = dialect(found.dialect());
            String b = dialect(sought.dialect());
            if (a.equals(b)) {
                reasons.add(MatchReason.of("dialect", DIALECT, found.dialect().strip()));
            } else if (a.contains(b) || b.contains(a) || (a.length() >= 2 && b.startsWith(a.substring(0, 2)))) {
                reasons.add(MatchReason.of(
                        "dialectNear",
                        6,
                        found.dialect().strip(),
                        sought.dialect().strip()));
            }
        }

        if (known(found.regionCode()) && known(sought.regionCode())) {
            String a = found.regionCode();
            String b = sought.regionCode();
            if (a.regionMatches(0, b, 0, 6)) {
                reasons.add(MatchReason.of("sameCounty", PLACE));
            } else if (a.regionMatches(0, b, 0, 4)) {
                reasons.add(MatchReason.of("sameCity", 6));
            } else if (a.regionMatches(0, b, 0, 2)) {
                reasons.add(MatchReason.of("sameProvince", 3));
            }
        } else if (known(found.place()) && known(sought.place()) && dice(found.place(), sought.place()) >= 0.4) {
            reasons.add(MatchReason.of("placeWords", 5, sought.place().strip()));
        }

        if (found.date() != null && sought.date() != null) {
            long days = ChronoUnit.DAYS.between(sought.date(), found.date());
            if (days < 0) {
                reasons.add(MatchReason.of("foundBeforeMissing", 0, found.date(), sought.date()));
                excluded = true;
            } else {
                int points = days <= 30 ? DATE : days <= 180 ? 4 : days <= 365 ? 3 : days <= 5 * 365 ? 2 : 1;
                reasons.add(MatchReason.of("days", points, days));
            }
        }

        int score =
                excluded ? 0 : reasons.stream().mapToInt(MatchReason::points).sum();
        return new MatchScore(Math.min(score, 100), excluded, reasons);
    }

    /**
     * Scores every candidate against one person and keeps those not excluded, best first; ties keep the given order.
     */
    public static <T> List<Ranked<T>> rank(
            PersonDescription found, List<T> candidates, Function<T, PersonDescription> description) {
        return candidates.stream()
                .map(c -> new Ranked<>(c, score(found, description.apply(c))))
                .filter(r -> !r.score().excluded())
                .sorted(Comparator.comparingInt((Ranked<T> r) -> r.score().score())
                        .reversed())
                .toList();
    }

    public record Ranked<T>(T candidate, MatchScore score) {}

    static List<String> phrases(String text) {
        return PHRASE_BREAK
                .splitAsStream(text.strip())
                .map(String::strip)
                .filter(p -> p.length() >= 2)
                .distinct()
                .toList();
    }

    /**
     * Two phrases describe the same thing when one holds the other or they share most of their characters (word order
     * varies: 左手缺小指, 左手小指缺失), unless one speaks of the left side and the other of the right.
     */
    static boolean alike(String a, String b) {
        if (sideOf(a) != 0 && sideOf(b) != 0 && sideOf(a) != sideOf(b)) {
            return false;
        }
        return a.contains(b) || b.contains(a) || characterDice(a, b) >= 0.6;
    }

    private static int sideOf(String phrase) {
        boolean left = phrase.indexOf('左') >= 0;
        boolean right = phrase.indexOf('右') >= 0;
        return left == right ? 0 : left ? 1 : 2;
    }

    private static double characterDice(String a, String b) {
        Set<Integer> x = new HashSet<>(a.codePoints().boxed().toList());
        Set<Integer> y = new HashSet<>(b.codePoints().boxed().toList());
        int all = x.size() + y.size();
        x.retainAll(y);
        return all == 0 ? 0 : 2.0 * x.size() / all;
    }

    static double dice(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return 2.0 * both.size() / (x.size() + y.size());
    }

    private static Set<String> bigrams(String text) {
        String s = PHRASE_BREAK.matcher(text).replaceAll("");
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            pairs.add(s.substring(i, i + 2));
        }
        return pairs;
    }

    private static String dialect(String text) {
        return DIALECT_SUFFIX.matcher(text.strip()).replaceAll("");
    }

    private static boolean known(String text) {
        return text != null && !text.isBlank();
    }

    private static boolean definite(String sex) {
        return "M".equals(sex) || "F".equals(sex);
    }
}
