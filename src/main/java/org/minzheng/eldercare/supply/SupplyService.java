package org.minzheng.eldercare.supply;

import java.time.Clock;
import java.time.LocalDate;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.eldercare.supply.SupplyRepository.Elder;
import org.minzheng.eldercare.supply.SupplyRepository.Target;
import org.minzheng.shared.security.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders supplies and lends devices to elders within the staff member's area, keeping the stock count: an order
 * or loan that would take more than is in stock is refused and changes nothing. Every change is audited.
 */
@Service
class SupplyService {

    private final SupplyRepository supplies;
    private final AuditLog audit;
    private final Clock clock;

    SupplyService(SupplyRepository supplies, AuditLog audit, Clock clock) {
        this.supplies = supplies;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    long order(long elderId, long productId, int quantity, DataScope scope, String staff) {
        Elder elder = elder(elderId, scope);
        Product product = product(productId, "SALE");
        if (!supplies.takeFromStock(productId, quantity)) {
            throw new SupplyRefusedException("eldercare.supply.refused.stock", product.name(), product.stock());
        }
        long id = supplies.insertOrder(elderId, productId, quantity, today(), staff);
        audit.record(AuditEvent.operation(
                        "eldercare.supply.order", "eldercare.supply-order", String.valueOf(id), elder.region())
                .withDetail("elder " + elderId + ", product " + productId + ", quantity " + quantity));
        return id;
    }

    @Transactional
    void deliver(Target order, String staff) {
        if (!"ORDERED".equals(order.status())) {
            throw new SupplyRefusedException("eldercare.supply.refused.step");
        }
        supplies.delivered(order.id(), today(), staff);
        audit.record(AuditEvent.operation(
                "eldercare.supply.deliver", "eldercare.supply-order", String.valueOf(order.id()), order.region()));
    }

    @Transactional
    long lend(long elderId, long productId, LocalDate from, LocalDate due, DataScope scope, String staff) {
        if (!due.isAfter(from)) {
            throw new SupplyRefusedException("eldercare.supply.validation.due");
        }
        Elder elder = elder(elderId, scope);
        Product product = product(productId, "RENTAL");
        if (!supplies.takeFromStock(productId, 1)) {
            throw new SupplyRefusedException("eldercare.supply.refused.stock", product.name(), product.stock());
        }
        long id = supplies.insertRental(elderId, productId, from, due, staff);
        audit.record(AuditEvent.operation(
                        "eldercare.supply.lend", "eldercare.supply-rental", String.valueOf(id), elder.region())
                .withDetail("elder " + elderId + ", product " + productId + ", " + from + " to " + due));
        return id;
    }

    @Transactional
    void giveBack(Target rental, String staff) {
        if (!"ON_LOAN".equals(rental.status())) {
            throw new SupplyRefusedException("eldercare.supply.refused.step");
        }
        supplies.returned(rental.id(), today(), staff);
        supplies.putBackInStock(rental.productId(), 1);
        audit.record(AuditEvent.operation(
                "eldercare.supply.return", "eldercare.supply-rental", String.valueOf(rental.id()), rental.region()));
    }

    /** An elder outside the area is refused like an unknown one, so the form does not reveal who exists. */
    private Elder elder(long elderId, DataScope scope) {
        return supplies.elder(elderId, scope)
                .orElseThrow(() -> new SupplyRefusedException("eldercare.supply.refused.elder"));
    }

    private Product product(long productId, String kind) {
        return supplies.product(productId)
                .filter(p -> p.kind().equals(kind))
                .orElseThrow(() -> new SupplyRefusedException("eldercare.supply.refused.product"));
    }
}
