package org.minzheng.registry.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.NewHousehold;
import org.minzheng.registry.NewPerson;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.Sex;

/**
 * DEMO DATA. Made-up households: names drawn from common surnames and given names, ID numbers built
 * with address code 371602 (滨城区), a plausible birth date and a valid GB 11643 check character. No
 * real person is meant; every household is stored with {@code demo = true}. A fixed seed gives the
 * same households on every start.
 */
final class DemoHouseholds {

    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "赵", "孙", "马", "朱", "胡", "郭", "高", "韩", "冯", "于", "董", "程"
    };
    private static final String[] MALE_NAMES = {"建国", "志强", "国庆", "海涛", "永刚", "德明", "文斌", "树林", "振华", "立新"};
    private static final String[] FEMALE_NAMES = {"秀英", "桂兰", "玉梅", "春燕", "丽娟", "淑珍", "红霞", "凤英", "晓丽", "美玲"};
    private static final String[] CHILD_NAMES = {"子涵", "浩然", "雨萱", "梓轩", "欣怡", "宇航", "诗雨", "俊杰"};
    private static final String[] STREETS = {"幸福路", "黄河路", "渤海路", "民安街", "新立街", "和平巷"};

    private static final String SPOUSE = "10";
    private static final String SON = "20";
    private static final String DAUGHTER = "30";
    private static final String PARENT = "50";

    private final Random random = new Random(20260404L);
    private final Set<String> usedNumbers = new HashSet<>();

    /** {@code count} households spread over the given villages. */
    List<NewHousehold> generate(List<RegionCode> villages, List<String> villageNames, int count) {
        List<NewHousehold> households = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int v = i % villages.size();
            households.add(household(villages.get(v), villageNames.get(v), i));
        }
        return households;
    }

    private NewHousehold household(RegionCode village, String villageName, int n) {
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        Set<HouseholdCategory> categories = EnumSet.noneOf(HouseholdCategory.class);
        List<NewPerson> persons = new ArrayList<>();
        switch (n % 6) {
            case 0 -> {
                categories.add(HouseholdCategory.TEKUN);
                Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
                persons.add(person(surname, sex, age(62, 88), "02", WorkAbility.NONE, true));
            }
            case 1, 2 -> {
                categories.add(HouseholdCategory.DIBAO);
                family(surname, persons, random.nextInt(3));
            }
            case 3 -> {
                categories.add(HouseholdCategory.EDGE);
                family(surname, persons, 1 + random.nextInt(2));
            }
            case 4 -> {
                categories.add(HouseholdCategory.MONITORED);
                family(surname, persons, random.nextInt(2));
            }
            default -> family(surname, persons, random.nextInt(3));
        }
        String place = villageName.replace("社区居委会", "社区").replace("村委会", "村");
        String address = place + STREETS[random.nextInt(STREETS.length)] + (1 + random.nextInt(120)) + "号";
        HukouType hukou = village.value().charAt(9) == '0' ? HukouType.URBAN : HukouType.RURAL;
        return new NewHousehold(village, address, hukou, categories, persons, true);
    }

    private void family(String surname, List<NewPerson> persons, int children) {
        Sex headSex = random.nextInt(4) == 0 ? Sex.FEMALE : Sex.MALE;
        LocalDate headBirth = age(32, 60);
        persons.add(person(surname, headSex, headBirth, "02", WorkAbility.PARTIAL, true));
        Sex spouseSex = headSex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
        String spouseSurname = SURNAMES[random.nextInt(SURNAMES.length)];
        persons.add(person(
                spouseSurname,
                spouseSex,
                headBirth.plusYears(random.nextInt(5) - 2),
                SPOUSE,
                random.nextBoolean() ? WorkAbility.FULL : WorkAbility.NONE,
                false));
        for (int c = 0; c < children; c++) {
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            LocalDate birth = headBirth.plusYears(22 + random.nextInt(10) + c * 2L);
            if (birth.isAfter(LocalDate.of(2025, 12, 31))) {
                birth = LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28));
            }
            String given = CHILD_NAMES[random.nextInt(CHILD_NAMES.length)];
            persons.add(new NewPerson(
                    surname + given,
                    idNumber(sex, birth),
                    sex == Sex.MALE ? SON : DAUGHTER,
                    null,
                    null,
                    null,
                    WorkAbility.NONE,
                    false));
        }
        if (random.nextInt(4) == 0) {
            persons.add(person(
                    surname,
                    random.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                    headBirth.minusYears(24 + random.nextInt(6)),
                    PARENT,
                    WorkAbility.NONE,
                    false));
        }
    }

    private NewPerson person(
            String surname, Sex sex, LocalDate birth, String relationship, WorkAbility work, boolean head) {
        String[] names = sex == Sex.MALE ? MALE_NAMES : FEMALE_NAMES;
        boolean disabled = random.nextInt(8) == 0;
        return new NewPerson(
                surname + names[random.nextInt(names.length)],
                idNumber(sex, birth),
                relationship,
                null,
                disabled ? Integer.toString(1 + random.nextInt(7)) : null,
                disabled ? Integer.toString(1 + random.nextInt(4)) : null,
                work,
                head);
    }

    private LocalDate age(int youngest, int oldest) {
        int years = youngest + random.nextInt(oldest - youngest + 1);
        return LocalDate.of(2026 - years, 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    /** 371602 + birth date + sequence (odd for men) + check character. */
    private IdNumber idNumber(Sex sex, LocalDate birth) {
        while (true) {
            int sequence = 100 + random.nextInt(400) * 2 + (sex == Sex.MALE ? 1 : 0);
            String first17 = "371602"
                    + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                    + String.format("%03d", sequence).substring(0, 3);
            String number = first17 + IdNumber.checkChar(first17);
            if (usedNumbers.add(number)) {
                return new IdNumber(number);
            }
        }
    }
}
