package org.minzheng.eldercare.elder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.database.Like;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Elder profiles in {@code eldercare}; every read is limited to a data scope in SQL. */
@Repository
class ElderRepository {

    static final String ID_NUMBER = "eldercare.elders.id_number";
    static final String CONTACT_PHONE = "eldercare.elder_contacts.phone";

    private static final String COLUMNS =
            "id, name, masked_id_number, birth_date, region_code, living_situation, economic_category,"
                    + " household_id is not null as linked, demo";

    private static final String CONSENT_SELECT =
            "select id, purpose, consented_on, recorded_by, recorded_at, withdrawn_on, withdrawn_by"
                    + " from eldercare.elder_consents";

    /** Filters that are null match everything; {@code idIndex} is set when the query is a whole ID number. */
    private static final String WHERE = """
            where region_code like :prefix || '%'
              and (cast(:name as text) is null or name like :name escape '\\' or id_number_index = :idIndex)
              and (cast(:living as text) is null or living_situation = :living)
              and (cast(:economic as text) is null or economic_category = :economic)
              and (cast(:village as text) is null or region_code = :village)
            """;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final BlindIndex blindIndex;

    ElderRepository(JdbcClient jdbc, PersonalDataCipher cipher, BlindIndex blindIndex) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
    }

    String indexOf(String idNumber) {
        return blindIndex.of(idNumber, ID_NUMBER);
    }

    boolean isRegistered(String idNumber) {
        return jdbc.sql("select exists (select 1 from eldercare.elders where id_number_index = :index)")
                .param("index", indexOf(idNumber))
                .query(Boolean.class)
                .single();
    }

    long insert(NewElder elder, String staff) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into eldercare.elders (region_code, household_id, person_id, name, id_number_cipher,
                            id_number_index, masked_id_number, birth_date, sex, address, living_situation,
                            economic_category, created_by)
                        values (:region, :householdId, :personId, :name, :cipher, :index, :masked, :birthDate, :sex,
                            :address, :living, :economic, :staff)
                        """)
                .param("region", elder.region().value())
                .param("householdId", elder.householdId().orElse(null), java.sql.Types.BIGINT)
                .param("personId", elder.personId().orElse(null), java.sql.Types.BIGINT)
                .param("name", elder.name())
                .param("cipher", cipher.encrypt(elder.idNumber().value(), ID_NUMBER))
                .param("index", indexOf(elder.idNumber().value()))
                .param("masked", elder.idNumber().maskedForStaff())
                .param("birthDate", elder.idNumber().birthDate())
                .param("sex", elder.idNumber().sex().name())
                .param("address", elder.address())
                .param("living", elder.livingSituation().name())
                .param("economic", elder.economicCategory().name())
                .param("staff", staff)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        elder.contact().ifPresent(contact -> addContact(id, contact));
        for (ConsentPurpose purpose : elder.consents()) {
            addConsent(id, purpose, elder.consentedOn(), staff);
        }
        return id;
    }

    long addContact(long elderId, NewElder.Contact contact) {
        return jdbc.sql("""
                        insert into eldercare.elder_contacts (elder_id, name, relation, phone_cipher)
                        values (:id, :name, :relation, :phone) returning id
                        """)
                .param("id", elderId)
                .param("name", contact.name())
                .param("relation", contact.relation())
                .param("phone", cipher.encrypt(contact.phone().value(), CONTACT_PHONE))
                .query(Long.class)
                .single();
    }

    /** The phone numbers of the elder's contacts, decrypted, to refuse entering the same person twice. */
    List<PhoneNumber> contactPhones(long elderId) {
        return jdbc.sql("select phone_cipher from eldercare.elder_contacts where elder_id = :id order by id")
                .param("id", elderId)
                .query((rs, n) -> PhoneNumber.parse(cipher.decrypt(rs.getBytes(1), CONTACT_PHONE)))
                .list();
    }

    /** @return whether the contact belonged to the elder and is now gone */
    boolean removeContact(long elderId, long contactId) {
        return jdbc.sql("delete from eldercare.elder_contacts where id = :contact and elder_id = :elder")
                        .param("contact", contactId)
                        .param("elder", elderId)
                        .update()
                == 1;
    }

    void changeLivingSituation(long elderId, LivingSituation living) {
        jdbc.sql("update eldercare.elders set living_situation = :living where id = :id")
                .param("id", elderId)
                .param("living", living.name())
                .update();
    }

    /** Changes the category only of a profile not linked to the registry, whose category the registry rules. */
    boolean changeEconomicCategory(long elderId, EconomicCategory economic) {
        return jdbc.sql("update eldercare.elders set economic_category = :economic"
                                + " where id = :id and household_id is null")
                        .param("id", elderId)
                        .param("economic", economic.name())
                        .update()
                == 1;
    }

    long addConsent(long elderId, ConsentPurpose purpose, LocalDate on, String staff) {
        return jdbc.sql("""
                        insert into eldercare.elder_consents (elder_id, purpose, consented_on, recorded_by)
                        values (:id, :purpose, :on, :staff) returning id
                        """)
                .param("id", elderId)
                .param("purpose", purpose.name())
                .param("on", on)
                .param("staff", staff)
                .query(Long.class)
                .single();
    }

    boolean hasActiveConsent(long elderId, ConsentPurpose purpose) {
        return jdbc.sql("select exists (select 1 from eldercare.elder_consents"
                        + " where elder_id = :id and purpose = :purpose and withdrawn_on is null)")
                .param("id", elderId)
                .param("purpose", purpose.name())
                .query(Boolean.class)
                .single();
    }

    Optional<ElderDetails.ConsentView> consent(long elderId, long consentId) {
        return jdbc.sql(CONSENT_SELECT + " where elder_id = :elder and id = :id")
                .param("elder", elderId)
                .param("id", consentId)
                .query((rs, n) -> consent(rs))
                .optional();
    }

    /** @return false when the consent was withdrawn already (by someone else a moment ago) */
    boolean withdrawConsent(long consentId, LocalDate on, String staff) {
        return jdbc.sql("update eldercare.elder_consents set withdrawn_on = :on, withdrawn_by = :staff"
                                + " where id = :id and withdrawn_on is null")
                        .param("id", consentId)
                        .param("on", on)
                        .param("staff", staff)
                        .update()
                == 1;
    }

    Page<ElderSummary> search(ElderSearch search, DataScope scope, Pageable page) {
        long total = bind(jdbc.sql("select count(*) from eldercare.elders " + WHERE), search, scope)
                .query(Long.class)
                .single();
        List<ElderSummary> rows = bind(
                        jdbc.sql("select " + COLUMNS + " from eldercare.elders " + WHERE
                                + " order by created_at desc, id desc limit :limit offset :offset"),
                        search,
                        scope)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, n) -> summary(rs))
                .list();
        return new PageImpl<>(rows, page, total);
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, ElderSearch search, DataScope scope) {
        String name = search.text().isEmpty() ? null : "%" + Like.escape(search.text()) + "%";
        return sql.param("prefix", scope.prefix())
                .param("name", name, java.sql.Types.VARCHAR)
                .param(
                        "idIndex",
                        search.idNumber().map(id -> indexOf(id.value())).orElse(null),
                        java.sql.Types.VARCHAR)
                .param(
                        "living",
                        search.living() == null ? null : search.living().name(),
                        java.sql.Types.VARCHAR)
                .param(
                        "economic",
                        search.economic() == null ? null : search.economic().name(),
                        java.sql.Types.VARCHAR)
                .param("village", search.village().isEmpty() ? null : search.village(), java.sql.Types.VARCHAR);
    }

    Optional<ElderHeader> header(long id, DataScope scope) {
        return summary(id, scope)
                .map(s -> new ElderHeader(s.id(), s.name(), s.maskedIdNumber(), s.birthDate(), s.region(), s.demo()));
    }

    Optional<ElderSummary> summary(long id, DataScope scope) {
        return jdbc.sql("select " + COLUMNS
                        + " from eldercare.elders where id = :id and region_code like :prefix || '%'")
                .param("id", id)
                .param("prefix", scope.prefix())
                .query((rs, n) -> summary(rs))
                .optional();
    }

    Optional<ElderDetails> details(long id, DataScope scope) {
        return jdbc.sql("select " + COLUMNS + ", household_id, sex, address, created_by, created_at"
                        + " from eldercare.elders where id = :id and region_code like :prefix || '%'")
                .param("id", id)
                .param("prefix", scope.prefix())
                .query((rs, n) -> new ElderDetails(
                        summary(rs),
                        rs.getObject("household_id", Long.class),
                        rs.getString("sex"),
                        rs.getString("address"),
                        rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant(),
                        contacts(id),
                        consents(id)))
                .optional();
    }

    private List<ElderDetails.ContactView> contacts(long id) {
        return jdbc.sql("select id, name, relation, phone_cipher from eldercare.elder_contacts"
                        + " where elder_id = :id order by id")
                .param("id", id)
                .query((rs, n) -> new ElderDetails.ContactView(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("relation"),
                        PhoneNumber.parse(cipher.decrypt(rs.getBytes("phone_cipher"), CONTACT_PHONE))
                                .masked()))
                .list();
    }

    private List<ElderDetails.ConsentView> consents(long id) {
        return jdbc.sql(CONSENT_SELECT + " where elder_id = :id order by id")
                .param("id", id)
                .query((rs, n) -> consent(rs))
                .list();
    }

    private static ElderDetails.ConsentView consent(ResultSet rs) throws SQLException {
        return new ElderDetails.ConsentView(
                rs.getLong("id"),
                ConsentPurpose.valueOf(rs.getString("purpose")),
                rs.getObject("consented_on", LocalDate.class),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getObject("withdrawn_on", LocalDate.class),
                rs.getString("withdrawn_by"));
    }

    private static ElderSummary summary(ResultSet rs) throws SQLException {
        return new ElderSummary(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("masked_id_number"),
                rs.getObject("birth_date", LocalDate.class),
                RegionCode.of(rs.getString("region_code")),
                LivingSituation.valueOf(rs.getString("living_situation")),
                EconomicCategory.valueOf(rs.getString("economic_category")),
                rs.getBoolean("linked"),
                rs.getBoolean("demo"));
    }
}
