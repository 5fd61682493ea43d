package org.minzheng.registry.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.RegionCode;

/**
 * Makes up a realistic low-income registry for any region: household sizes, an age pyramid that leans
 * old as low-income households do, disability rates, incomes, categories that follow from the
 * incomes, and ID numbers with the region's prefix, true birth dates, the sex digit and a correct
 * check digit, unique within one run. The same seed gives the same registry.
 *
 * <p>The shares below are illustrative settings for a rural Shandong county (REFERENCE.md marks such
 * figures approximate), not statistics: about a third of households live alone, four in ten people
 * are 60 or older, one in six has a disability certificate.
 */
public final class SyntheticRegistry {

    /** The 低保 standards the categories are drawn against (yuan per person and month, demo values). */
    static final long RURAL_STANDARD_FEN = 820_00;

    static final long URBAN_STANDARD_FEN = 1_030_00;

    private static final int[] SIZE_WEIGHTS = {34, 30, 14, 12, 7, 3};
    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗",
        "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕"
    };
    private static final String[] MALE_GIVEN = {
        "建国", "志强", "国庆", "海涛", "永刚", "德明", "文斌", "树林", "振华", "立新", "明", "军", "强", "伟", "磊", "涛", "勇", "杰"
    };
    private static final String[] FEMALE_GIVEN = {
        "秀英", "桂兰", "玉梅", "春燕", "丽娟", "淑珍", "红霞", "凤英", "晓丽", "美玲", "芳", "娟", "敏", "静", "丽", "艳", "霞", "燕"
    };
    private static final String[] DISABILITY_CATEGORIES = {"4", "4", "4", "4", "1", "2", "3", "5", "6", "6", "7"};
    private static final String[] DISABILITY_GRADES = {"1", "2", "2", "3", "3", "3", "4", "4", "4"};

    private final Random random;
    private final LocalDate today;
    /** Sequence numbers taken per county, birth date and sex, so that no ID number is made twice. */
    private final Map<String, Integer> sequences = new HashMap<>();

    private long households;

    public SyntheticRegistry(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    /** An endless stream of households spread over the villages; take as many as needed. */
    public Stream<SyntheticHousehold> households(List<RegionCode> villages) {
        if (villages.isEmpty()) {
            throw new IllegalArgumentException("No village to place households in");
        }
        return Stream.generate(() -> household(villages.get(random.nextInt(villages.size()))));
    }

    /**
     * Village codes for a region when no region tree is at hand (a benchmark, a fresh deployment): ten
     * townships (乡镇 001–010) with ten communities (001–010, urban) and twenty villages (201–220) each,
     * or the villages of one township, or the village itself.
     */
    public static List<RegionCode> villagesOf(RegionCode region) {
        String digits = region.significantDigits();
        List<RegionCode> villages = new ArrayList<>();
        if (digits.length() >= 12) {
            villages.add(region);
        } else if (digits.length() == 9) {
            addVillages(digits, villages);
        } else if (digits.length() == 6) {
            for (int township = 1; township <= 10; township++) {
                addVillages(digits + String.format("%03d", township), villages);
            }
        } else {
            throw new IllegalArgumentException("A county, township or village code is needed");
        }
        return villages;
    }

    private static void addVillages(String township, List<RegionCode> villages) {
        for (int n = 1; n <= 10; n++) {
            villages.add(RegionCode.of(township + String.format("%03d", n)));
        }
        for (int n = 201; n <= 220; n++) {
            villages.add(RegionCode.of(township + String.format("%03d", n)));
        }
    }

    private SyntheticHousehold household(RegionCode village) {
        households++;
        int size = 1 + weighted(SIZE_WEIGHTS);
        // NBS village codes below 200 are communities (居委会), from 200 villages (村委会).
        boolean urban = Integer.parseInt(village.value().substring(9)) < 200;
        String area = village.value().substring(0, 6);
        List<SyntheticPerson> members = new ArrayList<>();
        boolean headMale = random.nextInt(100) < 60;
        int headAge = headAge(size);
        members.add(person(area, headAge, headMale, "02"));
        boolean spouse = size >= 2 && headAge >= 22 && random.nextInt(100) < 75;
        if (spouse) {
            members.add(person(area, clamp(headAge + random.nextInt(9) - 4, 20, 98), !headMale, "10"));
        }
        while (members.size() < size) {
            if (headAge >= 65 && random.nextBoolean()) {
                members.add(person(area, random.nextInt(18), random.nextBoolean(), "40"));
            } else if (headAge < 45 && random.nextInt(100) < 30) {
                members.add(person(area, clamp(headAge + 22 + random.nextInt(12), 40, 98), random.nextBoolean(), "50"));
            } else {
                boolean son = random.nextBoolean();
                int age = clamp(headAge - 22 - random.nextInt(14), 0, 70);
                members.add(person(area, age, son, son ? "20" : "30"));
            }
        }
        long assets = random.nextInt(100) < 70 ? random.nextInt(20_000) * 100L : random.nextInt(120_000) * 100L;
        SyntheticHousehold draft = new SyntheticHousehold(
                String.format("H%08d", households),
                village,
                (1 + random.nextInt(12)) + "组" + (1 + random.nextInt(60)) + "号",
                urban ? HukouType.URBAN : HukouType.RURAL,
                Set.of(),
                assets,
                List.copyOf(members));
        return new SyntheticHousehold(
                draft.key(),
                draft.village(),
                draft.address(),
                draft.hukouType(),
                categories(draft, urban ? URBAN_STANDARD_FEN : RURAL_STANDARD_FEN),
                draft.assetsFen(),
                draft.members());
    }

    /** Low-income heads lean old: a quarter over 75, a third 60–74; single households older still. */
    private int headAge(int size) {
        int band = random.nextInt(100) + (size == 1 ? 15 : 0);
        if (band < 15) {
            return 25 + random.nextInt(20);
        }
        if (band < 40) {
            return 45 + random.nextInt(15);
        }
        if (band < 75) {
            return 60 + random.nextInt(15);
        }
        return 75 + random.nextInt(21);
    }

    private SyntheticPerson person(String area, int age, boolean male, String relationship) {
        LocalDate birth = today.minusYears(age).minusDays(random.nextInt(365));
        IdNumber id = idNumber(area, birth, male);
        boolean disabled = random.nextInt(100) < (age >= 60 ? 22 : 13);
        String category = disabled ? DISABILITY_CATEGORIES[random.nextInt(DISABILITY_CATEGORIES.length)] : null;
        String grade = disabled ? DISABILITY_GRADES[random.nextInt(DISABILITY_GRADES.length)] : null;
        WorkAbility ability = workAbility(age, grade);
        return new SyntheticPerson(
                SURNAMES[random.nextInt(SURNAMES.length)]
                        + (male ? MALE_GIVEN : FEMALE_GIVEN)[random.nextInt(MALE_GIVEN.length)],
                id,
                id.birthDate(),
                male,
                relationship,
                category,
                grade,
                ability,
                income(age, ability));
    }

    private static WorkAbility workAbility(int age, String grade) {
        if (age < 16 || age >= 70 || "1".equals(grade) || "2".equals(grade)) {
            return WorkAbility.NONE;
        }
        if (age >= 60 || grade != null) {
            return WorkAbility.PARTIAL;
        }
        return WorkAbility.FULL;
    }

    /** Monthly income: odd jobs around ¥1,500 for those able to work, a few hundred for the partly able, the basic pension from 60. */
    private long income(int age, WorkAbility ability) {
        double median =
                switch (ability) {
                    case FULL -> 1_500;
                    case PARTIAL -> 600;
                    case NONE -> age >= 60 ? 160 : 0;
                };
        if (median == 0) {
            return 0;
        }
        double yuan = median * Math.exp(random.nextGaussian() * 0.5);
        return Math.round(yuan) * 100;
    }

    /** The categories follow from the figures, as the county would have found them, with some left out. */
    private Set<HouseholdCategory> categories(SyntheticHousehold household, long standardFen) {
        Set<HouseholdCategory> categories = EnumSet.noneOf(HouseholdCategory.class);
        long perCapita = household.incomeFen() / household.members().size();
        boolean unableAlone =
                household.members().size() == 1 && household.head().workAbility() == WorkAbility.NONE;
        long assetsPerCapita = household.assetsFen() / household.members().size();
        if (perCapita < standardFen && assetsPerCapita <= 30_000_00L && random.nextInt(100) < 85) {
            categories.add(unableAlone && random.nextInt(100) < 40 ? HouseholdCategory.TEKUN : HouseholdCategory.DIBAO);
        } else if (perCapita < standardFen * 3 / 2 && random.nextInt(100) < 70) {
            categories.add(HouseholdCategory.EDGE);
        } else if (random.nextInt(100) < 25) {
            categories.add(HouseholdCategory.RIGID);
        }
        if (random.nextInt(100) < 10) {
            categories.add(HouseholdCategory.MONITORED);
        }
        return categories;
    }

    /** The county's prefix, the birth date, a sequence whose last digit is odd for men, and the check digit. */
    private IdNumber idNumber(String area, LocalDate birth, boolean male) {
        LocalDate day = birth;
        while (true) {
            String key = area + day + male;
            int taken = sequences.getOrDefault(key, 0);
            if (taken < 500) {
                sequences.put(key, taken + 1);
                int sequence = taken * 2 + (male ? 1 : 0);
                String first17 = area + day.toString().replace("-", "") + String.format("%03d", sequence);
                return new IdNumber(first17 + IdNumber.checkChar(first17));
            }
            day = day.minusDays(1);
        }
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
