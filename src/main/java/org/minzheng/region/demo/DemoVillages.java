package org.minzheng.region.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minzheng.shared.RegionCode;

/**
 * DEMO DATA. 滨城区 has 380 villages and communities, but their 12-digit codes are not in our sources,
 * so until the official NBS village file is imported we generate stand-ins: codes follow the NBS
 * ranges (001–199 居委会, 200–399 村委会), names are built from common surnames, and every row is
 * stored with {@code demo = true}. Six real village names from public sources are used in their
 * townships, still with generated codes.
 */
final class DemoVillages {

    /** Villages and communities per township of 滨城区; sums to 380. */
    private static final Map<String, Integer> PER_TOWNSHIP = new LinkedHashMap<>();

    static {
        PER_TOWNSHIP.put("371602001", 18); // 市中街道
        PER_TOWNSHIP.put("371602002", 16); // 市西街道
        PER_TOWNSHIP.put("371602003", 14); // 北镇街道
        PER_TOWNSHIP.put("371602004", 16); // 市东街道
        PER_TOWNSHIP.put("371602005", 20); // 彭李街道
        PER_TOWNSHIP.put("371602007", 26); // 小营街道
        PER_TOWNSHIP.put("371602008", 30); // 滨北街道
        PER_TOWNSHIP.put("371602009", 32); // 梁才街道
        PER_TOWNSHIP.put("371602010", 28); // 杜店街道
        PER_TOWNSHIP.put("371602011", 30); // 沙河街道
        PER_TOWNSHIP.put("371602012", 34); // 里则街道
        PER_TOWNSHIP.put("371602013", 26); // 青田街道
        PER_TOWNSHIP.put("371602105", 32); // 三河湖镇
        PER_TOWNSHIP.put("371602106", 30); // 杨柳雪镇
        PER_TOWNSHIP.put("371602203", 28); // 秦皇台乡
    }

    /** Urban streets of the old town: communities only. */
    private static final Set<String> URBAN_CORE =
            Set.of("371602001", "371602002", "371602003", "371602004", "371602005");

    /** Village names found in public sources [V-2] (REFERENCE.md §1.3); their codes are still generated. */
    private static final Map<String, List<String>> KNOWN_NAMES = Map.of(
            "371602012", List.of("里则街村委会", "红和新村村委会"),
            "371602105", List.of("后苏村委会", "高北营村委会"),
            "371602106", List.of("纪家新村村委会"),
            "371602203", List.of("鑫隆新村村委会"));

    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
        "林", "罗", "郑", "梁", "谢", "宋", "唐", "韩", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅",
        "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "潘", "杜", "戴", "夏"
    };
    private static final String[] VILLAGE_SUFFIXES = {"家村", "庄村", "家庄村", "楼村", "集村", "家屯村", "王村", "家洼村"};
    private static final String[] COMMUNITY_WORDS = {
        "黄河", "渤海", "新华", "东城", "西城", "建设", "民安", "和平", "文化", "育才", "青年", "中海", "锦华", "玉龙",
        "安居", "滨河", "幸福", "康宁", "永安", "新立", "惠民", "富源", "明珠", "长安", "金海", "怡景", "翠园", "颐和"
    };

    private DemoVillages() {}

    record Village(RegionCode code, String name, String urbanRuralClass) {}

    /** The generated villages as a division-code CSV, so they load through the ordinary importer. */
    static String asCsv() {
        var csv = new StringBuilder(
                "# DEMO DATA: generated villages of 滨城区, codes are not official\ncode,name,urbanRuralClass\n");
        for (Village village : generate()) {
            csv.append(village.code().value())
                    .append(',')
                    .append(village.name())
                    .append(',')
                    .append(village.urbanRuralClass())
                    .append('\n');
        }
        return csv.toString();
    }

    static List<Village> generate() {
        List<Village> villages = new ArrayList<>();
        int nameSeed = 0;
        for (Map.Entry<String, Integer> township : PER_TOWNSHIP.entrySet()) {
            String prefix = township.getKey();
            int total = township.getValue();
            boolean urban = URBAN_CORE.contains(prefix);
            boolean town = prefix.charAt(6) != '0';
            int communities = urban ? total : (town ? 2 : 4);
            Set<String> names = new LinkedHashSet<>();
            for (int i = 1; i <= communities; i++) {
                String name;
                do {
                    name = COMMUNITY_WORDS[nameSeed++ % COMMUNITY_WORDS.length] + "社区居委会";
                } while (!names.add(name) && names.size() < COMMUNITY_WORDS.length);
                String urbanRural = urban ? "111" : (town ? "121" : "112");
                villages.add(new Village(RegionCode.of(prefix + String.format("%03d", i)), name, urbanRural));
            }
            List<String> known = KNOWN_NAMES.getOrDefault(prefix, List.of());
            names.addAll(known);
            int villageNo = 200;
            for (String name : known) {
                villageNo++;
                villages.add(new Village(RegionCode.of(prefix + String.format("%03d", villageNo)), name, "220"));
            }
            while (villageNo - 200 + communities < total) {
                String name = SURNAMES[nameSeed % SURNAMES.length]
                        + VILLAGE_SUFFIXES[(nameSeed / SURNAMES.length) % VILLAGE_SUFFIXES.length] + "委会";
                nameSeed++;
                if (names.add(name)) {
                    villageNo++;
                    villages.add(new Village(RegionCode.of(prefix + String.format("%03d", villageNo)), name, "220"));
                }
            }
        }
        return villages;
    }
}
