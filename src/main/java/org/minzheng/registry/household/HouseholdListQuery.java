package org.minzheng.registry.household;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.minzheng.shared.CountyPartition;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.database.Like;
import org.minzheng.shared.security.DataScope;

/**
 * The household list's two statements (a page, the count) for one search in one data scope, written with only the
 * conditions the search uses, so that PostgreSQL plans each kind of search on its own terms (a statement full of
 * {@code :x = '' or …} branches gets one plan for all of them, and after five executions a generic one).
 *
 * <p>The scope is a range of region codes rather than a {@code like} prefix: region codes are twelve digits, so a
 * scope's codes lie between its prefix padded with zeros and with nines, and an index on {@code (region_code,
 * number)} gives the list's order within that range; the first page reads twenty index entries, not the scope. At
 * county level and below the county is named too, so that only one partition is read.
 */
final class HouseholdListQuery {

    private static final int REGION_DIGITS = 12;

    /** What part of a household number (village code, a dash, sequence) can look like. */
    private static final Pattern HOUSEHOLD_NUMBER_PART = Pattern.compile("[0-9-]+");

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();
    private final Optional<String> county;
    private final List<String> countedConditions = new ArrayList<>();

    HouseholdListQuery(HouseholdSearch search, DataScope scope) {
        String prefix = scope.prefix();
        conditions.add("h.region_code between :lowest and :highest");
        countedConditions.add("c.region_code between :lowest and :highest");
        params.put("lowest", lowest(prefix));
        params.put("highest", highest(prefix));
        String area =
                search.area().isEmpty() ? "" : RegionCode.of(search.area()).significantDigits();
        if (area.length() > prefix.length()) {
            // a township or village chosen in the filter; outside the scope, the two ranges have nothing in common
            conditions.add("h.region_code between :areaLowest and :areaHighest");
            countedConditions.add("c.region_code between :areaLowest and :areaHighest");
            params.put("areaLowest", lowest(area));
            params.put("areaHighest", highest(area));
        }
        county = CountyPartition.within(area.length() > prefix.length() ? area : prefix);
        county.ifPresent(code -> {
            conditions.add("h.county_code = :county");
            params.put("county", code);
        });
        if (!search.category().isEmpty()) {
            // not `categories @> array[…]`, which the GIN index could answer: a category holds a tenth of the
            // households or more, and the page is quicker to find walking the list's order than sorting them all
            conditions.add("cast(:category as text) = any(h.categories)");
            params.put("category", search.category());
        }
        countedConditions.add("c.category = :countedCategory");
        params.put("countedCategory", search.category());
        if (search.idNumberIndex() != null) {
            countedConditions.clear();
            // the blind index finds the person in whichever partition; the household must still be in scope
            conditions.add("h.id in (select x.household_id from registry.persons x where x.id_number_index = :idIndex"
                    + countyOf("x") + ")");
            params.put("idIndex", search.idNumberIndex());
        } else if (!search.text().isEmpty()) {
            countedConditions.clear();
            conditions.add(textMatches(search));
            params.put("text", search.text());
            params.put("textLike", "%" + Like.escape(search.text()) + "%");
            params.put("villagesNamed", search.villagesNamed().toArray(String[]::new));
        }
    }

    private static String lowest(String prefix) {
        return prefix + "0".repeat(REGION_DIGITS - prefix.length());
    }

    private static String highest(String prefix) {
        return prefix + "9".repeat(REGION_DIGITS - prefix.length());
    }

    /**
     * The text is part of a household number, of a head's name or of a village's name. Each alternative is
     * written so that an index finds its households (heads through the name's characters and pairs, villages
     * through their codes) and the alternatives combine as a bitmap, instead of testing every household of the
     * scope; a household number is searched only for text a number can contain, since that needs a scan.
     */
    private String textMatches(HouseholdSearch search) {
        List<String> alternatives = new ArrayList<>();
        if (HOUSEHOLD_NUMBER_PART.matcher(search.text()).matches()) {
            alternatives.add("h.number like :textLike");
        }
        if (!search.villagesNamed().isEmpty()) {
            alternatives.add("h.region_code = any(cast(:villagesNamed as text[]))");
        }
        alternatives.add("""
                h.id = any(array(select p.household_id from registry.persons p
                                 where p.head and registry.name_grams(p.name) @> registry.name_grams(:text)
                                   and p.name like :textLike%s))""".formatted(countyOf("p")));
        return "(" + String.join("\n     or ", alternatives) + ")";
    }

    /**
     * Cuts the page from households alone (the index gives the order), then fetches the twenty heads and member
     * counts within the county: named, when the list is within one, so that PostgreSQL reads one partition of
     * persons already when it plans the statement (the household's own column prunes only while running it).
     */
    String pageSql() {
        return """
                select h.id, h.number, h.region_code, h.categories, h.demo, p.name as head_name,
                       p.id_number_cipher as head_cipher,
                       (select count(*) from registry.persons m
                        where m.county_code = %1$s and m.household_id = h.id) as member_count
                from (select h.id, h.number, h.region_code, h.categories, h.demo, h.county_code
                      from registry.households h
                      where %2$s
                      order by h.region_code, h.number
                      limit :limit offset :offset) h
                left join registry.persons p on p.county_code = %1$s and p.household_id = h.id and p.head
                order by h.region_code, h.number
                """.formatted(county.isPresent() ? ":county" : "h.county_code", where());
    }

    /**
     * Without a text or ID-number search, the total is a sum of the kept figures of the scope's villages
     * (registry/V8); a search counts the households it finds, which an index has already narrowed down.
     */
    String countSql() {
        if (countedConditions.isEmpty()) {
            return "select count(*) from registry.households h where " + where();
        }
        return "select coalesce(sum(c.households), 0) from registry.household_counts c where "
                + String.join(" and ", countedConditions);
    }

    Map<String, Object> params() {
        return Map.copyOf(params);
    }

    private String where() {
        return String.join("\n  and ", conditions);
    }

    private String countyOf(String alias) {
        return county.isPresent() ? " and " + alias + ".county_code = :county" : "";
    }
}
