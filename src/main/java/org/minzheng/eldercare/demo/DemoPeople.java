package org.minzheng.eldercare.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.minzheng.shared.IdNumber;

/**
 * DEMO DATA. Invented names and ID numbers for demo elders and caregivers: the numbers carry a valid GB 11643
 * check character and the county's area code, but the sequence numbers start at 700 and the birth years avoid
 * those the tests invent, so they neither belong to anyone in the demo registry nor collide with test data.
 */
final class DemoPeople {

    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
        "郑", "梁", "宋", "韩", "冯", "于", "董", "程", "曹", "袁", "邓", "许", "傅", "沈", "彭", "吕", "苏", "卢", "蒋", "贾"
    };
    private static final String[] ELDER_WOMEN = {"秀兰", "桂英", "玉珍", "凤英", "淑珍", "桂兰", "秀云", "素梅", "玉兰", "金凤"};
    private static final String[] ELDER_MEN = {"德全", "洪才", "振华", "宝山", "树林", "长福", "文斌", "来顺", "国栋", "茂林"};
    private static final String[] CAREGIVER_NAMES = {"丽娟", "晓燕", "春霞", "红梅", "海燕", "雪梅", "丽华", "秀芳", "玉洁", "艳红"};
    private static final String FIRST_FORBIDDEN_BIRTH_YEAR = "1948";

    private final Random random;
    private final Set<String> issued = new HashSet<>();

    DemoPeople(Random random) {
        this.random = random;
    }

    String elderName(boolean male) {
        return pick(SURNAMES) + pick(male ? ELDER_MEN : ELDER_WOMEN);
    }

    String caregiverName() {
        return pick(SURNAMES) + pick(CAREGIVER_NAMES);
    }

    /** An elder born 1932–1955 (never 1948) in the county. */
    IdNumber elderIdNumber(String county6) {
        int year;
        do {
            year = 1932 + random.nextInt(24);
        } while (String.valueOf(year).equals(FIRST_FORBIDDEN_BIRTH_YEAR));
        return idNumber(
                county6, LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)), random.nextBoolean());
    }

    /** A woman born 1972–1989 in the county. */
    IdNumber caregiverIdNumber(String county6) {
        return idNumber(
                county6,
                LocalDate.of(1972 + random.nextInt(18), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                false);
    }

    String phone() {
        return "139" + String.format("%08d", random.nextInt(100_000_000));
    }

    private IdNumber idNumber(String county6, LocalDate born, boolean male) {
        String first17;
        do {
            // sequence numbers 700–999 only; the last digit is odd for men and even for women (GB 11643)
            int seq = 700 + random.nextInt(150) * 2 + (male ? 1 : 0);
            first17 = county6
                    + String.format("%04d%02d%02d", born.getYear(), born.getMonthValue(), born.getDayOfMonth())
                    + seq;
        } while (!issued.add(first17));
        return new IdNumber(first17 + IdNumber.checkChar(first17));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
