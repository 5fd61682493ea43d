package org.minzheng.registry.importing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.minzheng.registry.importing.ImportBatch.Status;
import org.minzheng.shared.Money;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of import batches: the checks that need the whole file or the register (run set-based over the
 * staging rows), the preview, and applying a batch to the register.
 */
@Repository
class ImportRepository {

    private static final String BATCH_COLUMNS = """
            id, file_name, region_code, owner_account_id, owner_name, status, refusal, validation_job_id,
            commit_job_id, rows_total, rows_rejected, rows_added, rows_changed, rows_unchanged, households_added,
            households_changed, created_at, committed_at
            """;

    private final JdbcClient jdbc;

    ImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertBatch(String fileName, RegionCode region, long ownerAccountId, String ownerName) {
        return jdbc.sql("""
                        insert into registry.import_batches (file_name, region_code, owner_account_id, owner_name)
                        values (:fileName, :region, :owner, :ownerName) returning id
                        """)
                .param("fileName", fileName)
                .param("region", region.value())
                .param("owner", ownerAccountId)
                .param("ownerName", ownerName)
                .query(Long.class)
                .single();
    }

    void validationJob(long batchId, long jobId) {
        jdbc.sql("update registry.import_batches set validation_job_id = :job where id = :id")
                .param("job", jobId)
                .param("id", batchId)
                .update();
    }

    void commitJob(long batchId, long jobId) {
        jdbc.sql("update registry.import_batches set commit_job_id = :job where id = :id")
                .param("job", jobId)
                .param("id", batchId)
                .update();
    }

    /** The file cannot be imported at all (not a collection file, damaged); its rows are dropped. */
    void refuse(long batchId, Status status, String refusal) {
        deleteRows(batchId);
        jdbc.sql("update registry.import_batches set status = :status, refusal = :refusal where id = :id")
                .param("status", status.name())
                .param("refusal", refusal)
                .param("id", batchId)
                .update();
    }

    void deleteRows(long batchId) {
        jdbc.sql("delete from registry.import_rows where batch_id = :id")
                .param("id", batchId)
                .update();
        jdbc.sql("delete from registry.import_households where batch_id = :id")
                .param("id", batchId)
                .update();
    }

    Optional<ImportBatch> find(long id, DataScope scope) {
        return jdbc.sql("select " + BATCH_COLUMNS
                        + " from registry.import_batches where id = :id and region_code like :prefix || '%'")
                .param("id", id)
                .param("prefix", scope.prefix())
                .query(ImportRepository::batch)
                .optional();
    }

    List<ImportBatch> recent(DataScope scope, int limit) {
        return jdbc.sql("select " + BATCH_COLUMNS + """
                         from registry.import_batches where region_code like :prefix || '%'
                        order by id desc limit :limit
                        """)
                .param("prefix", scope.prefix())
                .param("limit", limit)
                .query(ImportRepository::batch)
                .list();
    }

    /**
     * The checks that need more than one row, in this order: a person twice in the file; a household
     * without exactly one head; household fields that differ between its rows; persons registered in
     * another household than the one their household maps to (a household maps to the household of its
     * head, or of its members when they all belong to one); a registered household whose head is someone
     * else or that lies outside the uploader's scope. A household with any rejected row is rejected whole,
     * so that no half household reaches the register. Then what applying each row would change.
     */
    void analyse(long batchId, DataScope scope) {
        // fresh statistics, or the planner takes the just-loaded rows for an empty table and joins them in loops
        jdbc.sql("analyze registry.import_rows").update();
        jdbc.sql("""
                        update registry.import_rows r set problem = 'DUPLICATE_IN_FILE', problem_detail = d.first_line::text
                        from (select id_number_index, min(line) as first_line
                              from registry.import_rows where batch_id = :batch and problem is null
                              group by id_number_index having count(*) > 1) d
                        where r.batch_id = :batch and r.id_number_index = d.id_number_index and r.line > d.first_line
                        """).param("batch", batchId).update();
        jdbc.sql("""
                        update registry.import_rows r
                        set problem = case when k.heads = 0 then 'NO_HEAD' else 'SEVERAL_HEADS' end
                        from (select household_key, count(*) filter (where head) as heads
                              from registry.import_rows where batch_id = :batch
                              group by household_key having count(*) filter (where head) <> 1) k
                        where r.batch_id = :batch and r.household_key = k.household_key and r.problem is null
                        """).param("batch", batchId).update();
        jdbc.sql("""
                        update registry.import_rows r set problem = 'HOUSEHOLD_FIELDS_DIFFER'
                        from registry.import_rows f
                        where r.batch_id = :batch and f.batch_id = :batch and f.household_key = r.household_key
                          and f.head and f.problem is null and not r.head and r.problem is null
                          and (r.region_code, r.address, r.hukou_type, r.categories, r.assets_fen)
                              is distinct from (f.region_code, f.address, f.hukou_type, f.categories, f.assets_fen)
                        """).param("batch", batchId).update();
        jdbc.sql("""
                        update registry.import_rows r
                        set person_id = f.person_id, household_id = f.household_id, changed_fields = f.fields,
                            outcome = case when cardinality(f.fields) = 0 then 'UNCHANGED' else 'CHANGED' end
                        from (select m.line, p.id as person_id, p.household_id, array_remove(array[
                                    case when p.name is distinct from m.name then 'name' end,
                                    case when p.relationship is distinct from m.relationship then 'relationship' end,
                                    case when p.work_ability is distinct from m.work_ability then 'workAbility' end,
                                    case when (p.disability_category, p.disability_grade)
                                              is distinct from (m.disability_category, m.disability_grade)
                                         then 'disability' end,
                                    case when p.monthly_income_fen is distinct from m.monthly_income_fen
                                         then 'income' end], null) as fields
                              from registry.import_rows m
                              join registry.persons p on p.id_number_index = m.id_number_index
                              where m.batch_id = :batch and m.problem is null) f
                        where r.batch_id = :batch and r.line = f.line
                        """).param("batch", batchId).update();
        jdbc.sql("""
                        insert into registry.import_households
                            (batch_id, household_key, household_id, added, region_code, address, hukou_type, categories,
                             assets_fen)
                        select :batch, f.household_key,
                               coalesce(f.household_id, m.only_household),
                               coalesce(f.household_id, m.only_household) is null,
                               f.region_code, f.address, f.hukou_type, f.categories, f.assets_fen
                        from registry.import_rows f
                        left join (select household_key,
                                          case when count(distinct household_id) = 1 then min(household_id) end
                                              as only_household
                                   from registry.import_rows
                                   where batch_id = :batch and problem is null and household_id is not null
                                   group by household_key) m on m.household_key = f.household_key
                        where f.batch_id = :batch and f.head and f.problem is null
                        """).param("batch", batchId).update();
        // the matches just written change the statistics the remaining statements are planned with
        jdbc.sql("analyze registry.import_rows").update();
        jdbc.sql("analyze registry.import_households").update();
        jdbc.sql("""
                        update registry.import_rows r set problem = 'REGISTERED_ELSEWHERE'
                        from registry.import_households ih
                        where r.batch_id = :batch and ih.batch_id = :batch and ih.household_key = r.household_key
                          and r.problem is null and r.household_id is not null
                          and r.household_id is distinct from ih.household_id
                        """).param("batch", batchId).update();
        jdbc.sql("""
                        update registry.import_rows r set problem = 'REGISTERED_ELSEWHERE'
                        from registry.import_households ih join registry.households h on h.id = ih.household_id
                        where r.batch_id = :batch and ih.batch_id = :batch and ih.household_key = r.household_key
                          and r.problem is null and r.household_id is not null
                          and not (h.region_code like :prefix || '%')
                        """).param("batch", batchId).param("prefix", scope.prefix()).update();
        jdbc.sql("""
                        update registry.import_rows r set problem = 'HEAD_DIFFERS'
                        from registry.import_households ih join registry.persons p on p.household_id = ih.household_id and p.head
                        where r.batch_id = :batch and ih.batch_id = :batch and ih.household_key = r.household_key
                          and r.head and r.problem is null and r.person_id is distinct from p.id
                        """).param("batch", batchId).update();
        jdbc.sql("""
                        update registry.import_rows r set problem = 'HOUSEHOLD_INCOMPLETE'
                        where r.batch_id = :batch and r.problem is null
                          and exists (select 1 from registry.import_rows x
                                      where x.batch_id = :batch and x.household_key = r.household_key and x.problem is not null)
                        """).param("batch", batchId).update();
        jdbc.sql("""
                        delete from registry.import_households ih
                        where ih.batch_id = :batch
                          and exists (select 1 from registry.import_rows x
                                      where x.batch_id = :batch and x.household_key = ih.household_key and x.problem is not null)
                        """).param("batch", batchId).update();
        jdbc.sql("""
                        update registry.import_rows set outcome = 'REJECTED', person_id = null, household_id = null
                        where batch_id = :batch and problem is not null and outcome <> 'REJECTED'
                        """).param("batch", batchId).update();
        jdbc.sql("""
                        update registry.import_households ih
                        set changed_fields = array_remove(array[
                                case when h.region_code is distinct from ih.region_code then 'village' end,
                                case when h.address is distinct from ih.address then 'address' end,
                                case when h.hukou_type is distinct from ih.hukou_type then 'hukou' end,
                                case when not (h.categories @> ih.categories and h.categories <@ ih.categories)
                                     then 'categories' end,
                                case when h.assets_fen is distinct from ih.assets_fen then 'assets' end], null)
                        from registry.households h
                        where ih.batch_id = :batch and not ih.added and h.id = ih.household_id
                        """).param("batch", batchId).update();
        jdbc.sql("""
                        update registry.import_rows r
                        set changed_fields = ih.changed_fields || r.changed_fields, outcome = 'CHANGED'
                        from registry.import_households ih
                        where r.batch_id = :batch and ih.batch_id = :batch and ih.household_key = r.household_key
                          and r.problem is null and r.person_id is not null and cardinality(ih.changed_fields) > 0
                        """).param("batch", batchId).update();
        jdbc.sql("""
                        update registry.import_batches b set status = 'READY',
                            rows_total = c.total, rows_rejected = c.rejected, rows_added = c.added,
                            rows_changed = c.changed, rows_unchanged = c.unchanged,
                            households_added = hh.added, households_changed = hh.changed
                        from (select count(*) as total,
                                     count(*) filter (where outcome = 'REJECTED') as rejected,
                                     count(*) filter (where outcome = 'ADDED') as added,
                                     count(*) filter (where outcome = 'CHANGED') as changed,
                                     count(*) filter (where outcome = 'UNCHANGED') as unchanged
                              from registry.import_rows where batch_id = :batch) c,
                             (select count(*) filter (where ih.added) as added,
                                     count(*) filter (where not ih.added and exists (
                                         select 1 from registry.import_rows r where r.batch_id = :batch
                                           and r.household_key = ih.household_key and r.outcome in ('ADDED', 'CHANGED')))
                                         as changed
                              from registry.import_households ih where ih.batch_id = :batch) hh
                        where b.id = :batch
                        """).param("batch", batchId).update();
    }

    List<ImportRowView> rows(long batchId, String outcome, int limit, long offset) {
        return jdbc.sql("""
                        select r.line, r.household_key, r.region_code, r.name, r.id_number_masked, r.head, r.assets_fen,
                               r.monthly_income_fen, r.outcome, r.changed_fields, r.problem, r.problem_detail,
                               case when b.status = 'COMMITTED' then ih.household_id end as household_id
                        from registry.import_rows r
                        join registry.import_batches b on b.id = r.batch_id
                        left join registry.import_households ih
                               on ih.batch_id = r.batch_id and ih.household_key = r.household_key and r.problem is null
                        where r.batch_id = :batch and (:outcome = '' or r.outcome = :outcome)
                        order by r.line limit :limit offset :offset
                        """)
                .param("batch", batchId)
                .param("outcome", outcome)
                .param("limit", limit)
                .param("offset", offset)
                .query(ImportRepository::row)
                .list();
    }

    long countRows(long batchId, String outcome) {
        return jdbc.sql("""
                        select count(*) from registry.import_rows
                        where batch_id = :batch and (:outcome = '' or outcome = :outcome)
                        """)
                .param("batch", batchId)
                .param("outcome", outcome)
                .query(Long.class)
                .single();
    }

    /** READY → COMMITTING for exactly one caller: a second confirmation (a double click) gets false. */
    boolean claimForCommit(long batchId, DataScope scope) {
        return jdbc.sql("""
                        update registry.import_batches set status = 'COMMITTING'
                        where id = :id and status = 'READY' and region_code like :prefix || '%'
                        """)
                        .param("id", batchId)
                        .param("prefix", scope.prefix())
                        .update()
                == 1;
    }

    /** A commit that failed leaves the register untouched, so the batch may be confirmed again. */
    void releaseClaim(long batchId) {
        jdbc.sql("update registry.import_batches set status = 'READY' where id = :id and status = 'COMMITTING'")
                .param("id", batchId)
                .update();
    }

    /** Rows whose match in the register is no longer what the preview showed (someone edited meanwhile). */
    long stale(long batchId) {
        return jdbc.sql("""
                        select count(*) from registry.import_rows r
                        left join registry.person_id_numbers n on n.id_number_index = r.id_number_index
                        left join registry.persons p on p.county_code = n.county_code and p.id = n.person_id
                        where r.batch_id = :batch and r.problem is null
                          and (p.id is distinct from r.person_id or p.household_id is distinct from r.household_id)
                        """).param("batch", batchId).query(Long.class).single();
    }

    /** What a commit did, for its audit entry and summary. */
    record Applied(int householdsAdded, int householdsChanged, int personsAdded, int personsChanged) {}

    /**
     * Applies the valid rows of a batch set-based, in the caller's transaction. Only households and persons
     * whose values differ are written, so an unchanged row keeps its version and update time. A household that
     * gains persons or categories has just been written with the file's village, so their county is the file's:
     * no look-up of each household by id alone, which would probe every partition.
     */
    Applied apply(long batchId, LocalDate today) {
        jdbc.sql("""
                        update registry.import_households
                        set household_id = nextval(pg_get_serial_sequence('registry.households', 'id'))
                        where batch_id = :batch and added
                        """).param("batch", batchId).update();
        int householdsAdded = jdbc.sql("""
                        insert into registry.households (id, number, region_code, address, hukou_type, categories, assets_fen,
                            county_code)
                        overriding system value
                        select household_id, region_code || '-' || lpad(nextval('registry.household_number_seq')::text, 6, '0'),
                               region_code, address, hukou_type, categories, assets_fen, left(region_code, 6)
                        from registry.import_households where batch_id = :batch and added
                        order by household_key
                        """).param("batch", batchId).update();
        int householdsChanged = jdbc.sql("""
                        update registry.households h
                        set region_code = ih.region_code, county_code = left(ih.region_code, 6), address = ih.address,
                            hukou_type = ih.hukou_type, categories = ih.categories, assets_fen = ih.assets_fen,
                            version = h.version + 1, updated_at = now()
                        from registry.import_households ih
                        where ih.batch_id = :batch and not ih.added and h.id = ih.household_id
                          and exists (select 1 from registry.import_rows r where r.batch_id = :batch
                                        and r.household_key = ih.household_key and r.outcome in ('ADDED', 'CHANGED'))
                        """).param("batch", batchId).update();
        int personsChanged = jdbc.sql("""
                        update registry.persons p
                        set name = r.name, relationship = r.relationship, work_ability = r.work_ability,
                            disability_category = r.disability_category, disability_grade = r.disability_grade,
                            monthly_income_fen = r.monthly_income_fen
                        from registry.import_rows r
                        where r.batch_id = :batch and r.outcome = 'CHANGED' and p.id = r.person_id
                          and (p.name, p.relationship, p.work_ability, p.disability_category, p.disability_grade,
                               p.monthly_income_fen)
                              is distinct from (r.name, r.relationship, r.work_ability, r.disability_category,
                                                r.disability_grade, r.monthly_income_fen)
                        """).param("batch", batchId).update();
        int personsAdded = jdbc.sql("""
                        insert into registry.persons (household_id, name, id_number_cipher, id_number_index, sex, birth_date,
                            relationship, head, disability_category, disability_grade, work_ability, monthly_income_fen,
                            county_code)
                        select ih.household_id, r.name, r.id_number_cipher, r.id_number_index, r.sex, r.birth_date,
                               r.relationship, r.head, r.disability_category, r.disability_grade, r.work_ability,
                               r.monthly_income_fen, left(ih.region_code, 6)
                        from registry.import_rows r
                        join registry.import_households ih on ih.batch_id = r.batch_id and ih.household_key = r.household_key
                        where r.batch_id = :batch and r.outcome = 'ADDED'
                        order by r.line
                        """).param("batch", batchId).update();
        jdbc.sql("""
                        update registry.category_periods cp set ended_on = greatest(:today, cp.started_on)
                        from registry.import_households ih
                        where ih.batch_id = :batch and 'categories' = any(ih.changed_fields)
                          and cp.household_id = ih.household_id and cp.ended_on is null
                          and not (cp.category = any(ih.categories))
                        """).param("batch", batchId).param("today", today).update();
        jdbc.sql("""
                        insert into registry.category_periods (household_id, category, started_on, county_code)
                        select ih.household_id, c, :today, left(ih.region_code, 6)
                        from registry.import_households ih cross join unnest(ih.categories) c
                        where ih.batch_id = :batch and (ih.added or 'categories' = any(ih.changed_fields))
                        on conflict (household_id, category) where ended_on is null do nothing
                        """).param("batch", batchId).param("today", today).update();
        jdbc.sql("""
                        update registry.import_batches set status = 'COMMITTED', committed_at = now()
                        where id = :batch
                        """).param("batch", batchId).update();
        return new Applied(householdsAdded, householdsChanged, personsAdded, personsChanged);
    }

    /** The household a committed row went into, for a link from the report. */
    Optional<Long> householdOf(long batchId, String householdKey) {
        return jdbc.sql("""
                        select household_id from registry.import_households
                        where batch_id = :batch and household_key = :key and household_id is not null
                        """)
                .param("batch", batchId)
                .param("key", householdKey)
                .query(Long.class)
                .optional();
    }

    private static ImportBatch batch(ResultSet rs, int n) throws SQLException {
        Timestamp committed = rs.getTimestamp("committed_at");
        return new ImportBatch(
                rs.getLong("id"),
                rs.getString("file_name"),
                RegionCode.of(rs.getString("region_code")),
                rs.getLong("owner_account_id"),
                rs.getString("owner_name"),
                Status.valueOf(rs.getString("status")),
                rs.getString("refusal"),
                (Long) rs.getObject("validation_job_id"),
                (Long) rs.getObject("commit_job_id"),
                rs.getInt("rows_total"),
                rs.getInt("rows_rejected"),
                rs.getInt("rows_added"),
                rs.getInt("rows_changed"),
                rs.getInt("rows_unchanged"),
                rs.getInt("households_added"),
                rs.getInt("households_changed"),
                rs.getTimestamp("created_at").toInstant(),
                committed == null ? null : committed.toInstant());
    }

    private static ImportRowView row(ResultSet rs, int n) throws SQLException {
        Array fields = rs.getArray("changed_fields");
        String problem = rs.getString("problem");
        Long assets = (Long) rs.getObject("assets_fen");
        Long income = (Long) rs.getObject("monthly_income_fen");
        return new ImportRowView(
                rs.getInt("line"),
                rs.getString("household_key"),
                rs.getString("region_code"),
                rs.getString("name"),
                rs.getString("id_number_masked"),
                rs.getBoolean("head"),
                assets == null ? null : Money.ofFen(assets),
                income == null ? null : Money.ofFen(income),
                rs.getString("outcome"),
                fields == null ? List.of() : Arrays.asList((String[]) fields.getArray()),
                problem == null ? null : RowProblem.valueOf(problem),
                rs.getString("problem_detail"),
                (Long) rs.getObject("household_id"));
    }
}
