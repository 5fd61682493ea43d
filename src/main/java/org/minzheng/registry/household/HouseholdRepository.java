package org.minzheng.registry.household;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.Sex;
import org.minzheng.shared.security.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the household register. Every staff read takes the data scope and filters by it in SQL. */
@Repository
class HouseholdRepository {

    private final JdbcClient jdbc;

    HouseholdRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertHousehold(
            RegionCode village, String address, HukouType hukouType, Set<HouseholdCategory> categories, boolean demo) {
        return jdbc.sql("""
                        insert into registry.households (number, region_code, address, hukou_type, categories, demo,
                            county_code)
                        values (:village || '-' || lpad(nextval('registry.household_number_seq')::text, 6, '0'),
                                :village, :address, :hukouType, cast(:categories as text[]), :demo, left(:village, 6))
                        returning id
                        """)
                .param("village", village.value())
                .param("address", address)
                .param("hukouType", hukouType.name())
                .param("categories", codes(categories))
                .param("demo", demo)
                .query(Long.class)
                .single();
    }

    long insertPerson(long householdId, PersonRecord person) {
        return jdbc.sql("""
                        insert into registry.persons (household_id, name, id_number_cipher, id_number_index, sex, birth_date,
                            relationship, head, phone_cipher, phone_index, disability_category, disability_grade, work_ability,
                            county_code)
                        values (:householdId, :name, :idCipher, :idIndex, :sex, :birthDate,
                            :relationship, :head, :phoneCipher, :phoneIndex, :disabilityCategory, :disabilityGrade, :workAbility,
                            (select county_code from registry.households where id = :householdId))
                        returning id
                        """)
                .param("householdId", householdId)
                .param("name", person.name())
                .param("idCipher", person.idNumberCipher())
                .param("idIndex", person.idNumberIndex())
                .param("sex", person.sex().gbCode())
                .param("birthDate", person.birthDate())
                .param("relationship", person.relationship())
                .param("head", person.head())
                .param("phoneCipher", person.phoneCipher(), java.sql.Types.BINARY)
                .param("phoneIndex", person.phoneIndex(), java.sql.Types.VARCHAR)
                .param("disabilityCategory", person.disabilityCategory(), java.sql.Types.VARCHAR)
                .param("disabilityGrade", person.disabilityGrade(), java.sql.Types.VARCHAR)
                .param("workAbility", person.workAbility().name())
                .query(Long.class)
                .single();
    }

    /** Those of the given ID-number indexes that belong to someone registered already. */
    Set<String> registeredIdNumbers(Collection<String> indexes) {
        if (indexes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql(
                        "select id_number_index from registry.persons where id_number_index = any(cast(:indexes as text[]))")
                .param("indexes", indexes.toArray(String[]::new))
                .query(String.class)
                .list());
    }

    Optional<StoredHousehold> find(long id, DataScope scope) {
        return find(id, scope.prefix());
    }

    /** Without data scope: for changes other modules make on the household's behalf (e.g. an approval). */
    Optional<StoredHousehold> find(long id) {
        return find(id, "");
    }

    private Optional<StoredHousehold> find(long id, String prefix) {
        return jdbc.sql("""
                        select id, number, region_code, address, hukou_type, categories, demo, version, created_at, updated_at
                        from registry.households where id = :id and region_code like :prefix || '%'
                        """)
                .param("id", id)
                .param("prefix", prefix)
                .query((rs, n) -> new StoredHousehold(
                        rs.getLong("id"),
                        rs.getString("number"),
                        RegionCode.of(rs.getString("region_code")),
                        rs.getString("address"),
                        HukouType.valueOf(rs.getString("hukou_type")),
                        categories(rs),
                        rs.getBoolean("demo"),
                        rs.getLong("version"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    /** The heads' ID number ciphertexts of many households at once, by household id. */
    Map<Long, byte[]> headIdCiphers(List<Long> householdIds) {
        Map<Long, byte[]> ciphers = new java.util.HashMap<>();
        if (householdIds.isEmpty()) {
            return ciphers;
        }
        jdbc.sql("select household_id, id_number_cipher from registry.persons where head and household_id in (:ids)")
                .param("ids", householdIds)
                .query((rs, n) -> ciphers.put(rs.getLong(1), rs.getBytes(2)))
                .list();
        return ciphers;
    }

    /** Opens a period for each category that has none open (a category just given). */
    void openPeriods(long householdId, Set<HouseholdCategory> categories, LocalDate day) {
        for (HouseholdCategory category : categories) {
            jdbc.sql("""
                            insert into registry.category_periods (household_id, category, started_on, county_code)
                            values (:id, :category, :day, (select county_code from registry.households where id = :id))
                            on conflict (household_id, category) where ended_on is null do nothing
                            """)
                    .param("id", householdId)
                    .param("category", category.code())
                    .param("day", day)
                    .update();
        }
    }

    /** Ends the open periods of categories the household no longer has. */
    void closePeriods(long householdId, Set<HouseholdCategory> kept, LocalDate day) {
        jdbc.sql("""
                        update registry.category_periods set ended_on = greatest(:day, started_on)
                        where household_id = :id and ended_on is null
                          and not (category = any (cast(:kept as text[])))
                        """)
                .param("id", householdId)
                .param("kept", kept.stream().map(HouseholdCategory::code).toArray(String[]::new))
                .param("day", day)
                .update();
    }

    /** The household's category periods, the latest first. */
    List<CategoryPeriod> periods(long householdId) {
        return jdbc.sql("""
                        select category, started_on, ended_on from registry.category_periods
                        where household_id = :id order by started_on desc, id desc
                        """)
                .param("id", householdId)
                .query((rs, n) -> new CategoryPeriod(
                        HouseholdCategory.ofCode(rs.getString("category")).orElseThrow(),
                        rs.getObject("started_on", LocalDate.class),
                        rs.getObject("ended_on", LocalDate.class)))
                .list();
    }

    HouseholdMeans means(long householdId) {
        Long assets = jdbc.sql("select assets_fen from registry.households where id = :id")
                .param("id", householdId)
                .query((rs, n) -> (Long) rs.getObject(1))
                .optional()
                .orElse(null);
        Map<Long, org.minzheng.shared.Money> incomes = new java.util.HashMap<>();
        jdbc.sql("""
                        select id, monthly_income_fen from registry.persons
                        where household_id = :id and monthly_income_fen is not null
                        """)
                .param("id", householdId)
                .query((rs, n) -> incomes.put(rs.getLong(1), org.minzheng.shared.Money.ofFen(rs.getLong(2))))
                .list();
        return new HouseholdMeans(assets == null ? null : org.minzheng.shared.Money.ofFen(assets), incomes);
    }

    /** Head first, then in the order they were registered. */
    List<StoredPerson> members(long householdId) {
        return jdbc.sql("""
                        select id, household_id, name, id_number_cipher, sex, birth_date, relationship, head, phone_cipher,
                               disability_category, disability_grade, work_ability
                        from registry.persons where household_id = :householdId order by head desc, id
                        """)
                .param("householdId", householdId)
                .query(HouseholdRepository::person)
                .list();
    }

    Optional<StoredPerson> member(long householdId, long personId) {
        return members(householdId).stream().filter(p -> p.id() == personId).findFirst();
    }

    Optional<Long> householdOf(String idNumberIndex, DataScope scope) {
        return jdbc.sql("""
                        select h.id from registry.persons p join registry.households h on h.id = p.household_id
                        where p.id_number_index = :idIndex and h.region_code like :prefix || '%'
                        """)
                .param("idIndex", idNumberIndex)
                .param("prefix", scope.prefix())
                .query(Long.class)
                .optional();
    }

    List<HouseholdRow> search(HouseholdSearch search, DataScope scope, int limit, long offset) {
        var query = new HouseholdListQuery(search, scope);
        return jdbc.sql(query.pageSql())
                .params(query.params())
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new HouseholdRow(
                        rs.getLong("id"),
                        rs.getString("number"),
                        RegionCode.of(rs.getString("region_code")),
                        rs.getString("head_name"),
                        rs.getBytes("head_cipher"),
                        rs.getInt("member_count"),
                        categories(rs),
                        rs.getBoolean("demo")))
                .list();
    }

    long count(HouseholdSearch search, DataScope scope) {
        var query = new HouseholdListQuery(search, scope);
        return jdbc.sql(query.countSql())
                .params(query.params())
                .query(Long.class)
                .single();
    }

    /** @return false when the household is gone or its version moved on */
    boolean updateCategories(long id, long expectedVersion, Set<HouseholdCategory> categories) {
        return jdbc.sql("""
                        update registry.households set categories = cast(:categories as text[]), version = version + 1,
                            updated_at = now()
                        where id = :id and version = :version
                        """)
                        .param("categories", codes(categories))
                        .param("id", id)
                        .param("version", expectedVersion)
                        .update()
                == 1;
    }

    /** Marks the household as changed, so that a concurrent edit based on the old version is refused. */
    void touch(long id) {
        jdbc.sql("update registry.households set version = version + 1, updated_at = now() where id = :id")
                .param("id", id)
                .update();
    }

    void deletePerson(long householdId, long personId) {
        jdbc.sql("delete from registry.persons where household_id = :householdId and id = :id and not head")
                .param("householdId", householdId)
                .param("id", personId)
                .update();
    }

    private static StoredPerson person(ResultSet rs, int rowNum) throws SQLException {
        return new StoredPerson(
                rs.getLong("id"),
                rs.getLong("household_id"),
                rs.getString("name"),
                rs.getBytes("id_number_cipher"),
                Sex.ofGbCode(rs.getString("sex")),
                rs.getObject("birth_date", java.time.LocalDate.class),
                rs.getString("relationship"),
                rs.getBoolean("head"),
                rs.getBytes("phone_cipher"),
                rs.getString("disability_category"),
                rs.getString("disability_grade"),
                WorkAbility.valueOf(rs.getString("work_ability")));
    }

    private static Set<HouseholdCategory> categories(ResultSet rs) throws SQLException {
        Array array = rs.getArray("categories");
        if (array == null) {
            return Set.of();
        }
        Set<HouseholdCategory> categories = EnumSet.noneOf(HouseholdCategory.class);
        Arrays.stream((String[]) array.getArray())
                .map(HouseholdCategory::ofCode)
                .flatMap(Optional::stream)
                .forEach(categories::add);
        return categories;
    }

    private static String[] codes(Set<HouseholdCategory> categories) {
        return categories.stream()
                .sorted()
                .map(HouseholdCategory::code)
                .collect(Collectors.toList())
                .toArray(String[]::new);
    }
}
