package org.minzheng.charity.provider;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.database.Like;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contracts, their deliverables and payments; a contract is seen by whoever sees its project. */
@Repository
class ServiceContractRepository {

    private static final String CONTRACT = """
            select c.id, c.tender_id, t.title, c.number,
                   p.id, p.name, p.status, p.budget_fen, p.region_code, p.starts_on, p.ends_on,
                   c.provider_id, v.name, c.amount_fen,
                   (select coalesce(sum(m.amount_fen), 0) from charity.payments m where m.contract_id = c.id),
                   c.signed_on, c.starts_on, c.ends_on, c.status
            from charity.contracts c join charity.projects p on p.id = c.project_id
                 join charity.tenders t on t.id = c.tender_id
                 join charity.providers v on v.id = c.provider_id
            """;
    private static final String PAYMENT = """
            select m.id, m.contract_id, c.number, v.name, p.name, m.deliverable_id, d.description, m.amount_fen,
                   m.paid_on, m.voucher_number, m.note, m.paid_by
            from charity.payments m join charity.contracts c on c.id = m.contract_id
                 join charity.providers v on v.id = c.provider_id
                 join charity.projects p on p.id = m.project_id
                 left join charity.deliverables d on d.id = m.deliverable_id
            """;
    private static final String VISIBLE = Keeping.visible("p.region_code");

    private final JdbcClient jdbc;

    ServiceContractRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<ServiceContract> search(
            DataScope scope,
            Long projectId,
            Long providerId,
            ServiceContractStatus status,
            String text,
            Pageable page) {
        String where = " where " + VISIBLE + """
                 and (cast(:project as bigint) is null or c.project_id = :project)
                 and (cast(:provider as bigint) is null or c.provider_id = :provider)
                 and (cast(:status as varchar) is null or c.status = :status)
                 and (cast(:text as varchar) is null or c.number ilike '%' || :text || '%' escape '\\'
                      or v.name ilike '%' || :text || '%' escape '\\' or p.name ilike '%' || :text || '%' escape '\\')
                """;
        String like = text == null || text.isBlank() ? null : Like.escape(text.strip());
        String statusName = status == null ? null : status.name();
        long total = jdbc.sql("""
                        select count(*) from charity.contracts c join charity.projects p on p.id = c.project_id
                             join charity.providers v on v.id = c.provider_id
                        """ + where)
                .param("prefix", scope.prefix())
                .param("above", Keeping.above(scope))
                .param("project", projectId)
                .param("provider", providerId)
                .param("status", statusName)
                .param("text", like)
                .query(Long.class)
                .single();
        var statement = jdbc.sql(CONTRACT + where + " order by c.signed_on desc, c.id desc"
                        + (page.isPaged() ? " limit :limit offset :offset" : ""))
                .param("prefix", scope.prefix())
                .param("above", Keeping.above(scope))
                .param("project", projectId)
                .param("provider", providerId)
                .param("status", statusName)
                .param("text", like);
        if (page.isPaged()) {
            statement = statement.param("limit", page.getPageSize()).param("offset", page.getOffset());
        }
        return new PageImpl<>(
                statement.query(ServiceContractRepository::contract).list(), page, total);
    }

    Optional<ServiceContract> find(long id, DataScope scope) {
        return jdbc.sql(CONTRACT + " where c.id = :id and " + VISIBLE)
                .param("id", id)
                .param("prefix", scope.prefix())
                .param("above", Keeping.above(scope))
                .query(ServiceContractRepository::contract)
                .optional();
    }

    /**
     * Locks the contract and re-reads it, so that two payments on one contract are checked one after the other
     * against what the first left.
     */
    ServiceContract lock(long id) {
        jdbc.sql("select id from charity.contracts where id = :id for update")
                .param("id", id)
                .query(Long.class)
                .single();
        return jdbc.sql(CONTRACT + " where c.id = :id")
                .param("id", id)
                .query(ServiceContractRepository::contract)
                .single();
    }

    List<Deliverable> deliverables(long contractId) {
        return jdbc.sql("""
                        select d.id, d.contract_id, d.description, d.due_on, d.amount_fen, d.delivered_on,
                               d.accepted_by, d.accepted_at,
                               (select coalesce(sum(m.amount_fen), 0) from charity.payments m
                                where m.deliverable_id = d.id)
                        from charity.deliverables d where d.contract_id = :contract
                        order by d.due_on, d.id
                        """)
                .param("contract", contractId)
                .query((rs, n) -> {
                    OffsetDateTime at = rs.getObject(8, OffsetDateTime.class);
                    Instant accepted = at == null ? null : at.toInstant();
                    return new Deliverable(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getObject(4, LocalDate.class),
                            rs.getLong(5),
                            rs.getObject(6, LocalDate.class),
                            rs.getString(7),
                            accepted,
                            rs.getLong(9));
                })
                .list();
    }

    long insertDeliverable(long contractId, DeliverableForm form, long amountFen) {
        return jdbc.sql("""
                        insert into charity.deliverables (contract_id, description, due_on, amount_fen)
                        values (:contract, :description, :due, :amount)
                        returning id
                        """)
                .param("contract", contractId)
                .param("description", form.description().strip())
                .param("due", form.dueOn())
                .param("amount", amountFen)
                .query(Long.class)
                .single();
    }

    void accept(long deliverableId, LocalDate deliveredOn, String by) {
        jdbc.sql("""
                        update charity.deliverables set delivered_on = :delivered, accepted_by = :by, accepted_at = now()
                        where id = :id and accepted_by is null
                        """)
                .param("id", deliverableId)
                .param("delivered", deliveredOn)
                .param("by", by)
                .update();
    }

    List<ProviderPayment> payments(long contractId) {
        return jdbc.sql(PAYMENT + " where m.contract_id = :contract order by m.paid_on, m.id")
                .param("contract", contractId)
                .query(ServiceContractRepository::payment)
                .list();
    }

    /** What the provider has received on contracts the staff member sees, newest first. */
    List<ProviderPayment> paymentsTo(long providerId, DataScope scope) {
        return jdbc.sql(PAYMENT + " where c.provider_id = :provider and " + VISIBLE
                        + " order by m.paid_on desc, m.id desc")
                .param("provider", providerId)
                .param("prefix", scope.prefix())
                .param("above", Keeping.above(scope))
                .query(ServiceContractRepository::payment)
                .list();
    }

    boolean voucherTaken(String voucher) {
        return jdbc.sql("select exists (select 1 from charity.payments where voucher_number = :v)")
                .param("v", voucher)
                .query(Boolean.class)
                .single();
    }

    long insertPayment(
            ServiceContract contract,
            Long deliverableId,
            long amountFen,
            LocalDate paidOn,
            String voucher,
            String note,
            String by) {
        return jdbc.sql("""
                        insert into charity.payments (contract_id, project_id, deliverable_id, amount_fen, paid_on,
                            voucher_number, note, paid_by)
                        values (:contract, :project, :deliverable, :amount, :paid, :voucher, :note, :by)
                        returning id
                        """)
                .param("contract", contract.id())
                .param("project", contract.project().id())
                .param("deliverable", deliverableId)
                .param("amount", amountFen)
                .param("paid", paidOn)
                .param("voucher", voucher)
                .param("note", note)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    void setStatus(long id, ServiceContractStatus status) {
        jdbc.sql("update charity.contracts set status = :status where id = :id")
                .param("id", id)
                .param("status", status.name())
                .update();
    }

    private static ServiceContract contract(ResultSet rs, int n) throws SQLException {
        return new ServiceContract(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                new TenderProject(
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getLong(8),
                        rs.getString(9),
                        rs.getObject(10, LocalDate.class),
                        rs.getObject(11, LocalDate.class)),
                rs.getLong(12),
                rs.getString(13),
                rs.getLong(14),
                rs.getLong(15),
                rs.getObject(16, LocalDate.class),
                rs.getObject(17, LocalDate.class),
                rs.getObject(18, LocalDate.class),
                ServiceContractStatus.valueOf(rs.getString(19)));
    }

    private static ProviderPayment payment(ResultSet rs, int n) throws SQLException {
        return new ProviderPayment(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                (Long) rs.getObject(6),
                rs.getString(7),
                rs.getLong(8),
                rs.getObject(9, LocalDate.class),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12));
    }
}
