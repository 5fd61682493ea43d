package org.minzheng.childwelfare.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * DEMO DATA. The city welfare home 滨州市儿童福利院（演示） with its rooms, 30 made-up children (mostly with
 * physical disabilities, aged 2 to 16), a few encrypted medical notes and the six therapists the hospital
 * stations there, one of them the demo account {@code zhiliao}; once. The children's fund registrations vary so
 * that the funds' eligibility differs between them. ID numbers carry a valid check character but belong to no
 * one; the rehabilitation plans and sessions demo runners build on these rows.
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoWelfareHome implements ApplicationRunner {

    static final String INSTITUTION = "滨州市儿童福利院（演示）";

    private static final Logger log = LoggerFactory.getLogger(DemoWelfareHome.class);
    private static final RegionCode CITY = RegionCode.of("371600000000");
    private static final List<String> ROOMS = List.of("康复一室", "康复二室", "宿舍 A", "宿舍 B", "宿舍 C", "宿舍 D");
    private static final List<String> THERAPISTS = List.of("韩晓雯", "邱立国", "姜美玲", "葛振宇", "任思远", "苗雨桐");

    /** Made-up names; position i also picks sex, age and the other facts below. */
    private static final List<String> NAMES = List.of(
            "国乐安", "国思雨", "国子墨", "国欣然", "国浩宇", "国雨萱", "国梓涵", "国沐阳", "国语桐", "国一诺", "党心怡", "党嘉树", "党可欣", "党皓轩", "党若曦",
            "党承泽", "党诗琪", "党景行", "党佳怡", "党明远", "民安琪", "民俊熙", "民梦瑶", "民子轩", "民雅静", "民博文", "民紫萱", "民睿哲", "民晨曦", "民天佑");

    private static final DisabilityType[] DISABILITIES = {
        DisabilityType.INTELLECTUAL,
        DisabilityType.AUTISM,
        DisabilityType.HEARING,
        DisabilityType.MULTIPLE,
        DisabilityType.INTELLECTUAL,
        DisabilityType.AUTISM
    };

    private static final List<String> NOTES =
            List.of("脑性瘫痪（痉挛型双瘫），口服巴氯芬；对青霉素过敏。", "先天性马蹄内翻足术后，夜间佩戴矫形器。", "癫痫病史，丙戊酸钠维持治疗，近一年无发作。", "脊柱裂术后，需定时导尿，注意压疮。");

    private final ChildRepository children;
    private final MedicalNoteRepository notes;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoWelfareHome(
            ChildRepository children, MedicalNoteRepository notes, JdbcClient jdbc, TransactionTemplate transaction) {
        this.children = children;
        this.notes = notes;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql("select exists (select 1 from childwelfare.institutions where name = :name)")
                .param("name", INSTITUTION)
                .query(Boolean.class)
                .single();
        if (loaded) {
            return;
        }
        LocalDate today = ChildService.today();
        transaction.executeWithoutResult(status -> load(today));
        log.info("Loaded the demo welfare home with {} children", NAMES.size());
    }

    private void load(LocalDate today) {
        long institutionId = jdbc.sql("""
                        insert into childwelfare.institutions (name, region_code, demo)
                        values (:name, :region, true) returning id
                        """)
                .param("name", INSTITUTION)
                .param("region", CITY.value())
                .query(Long.class)
                .single();
        List<Institution.Room> rooms = new ArrayList<>();
        for (String room : ROOMS) {
            long id = jdbc.sql("insert into childwelfare.rooms (institution_id, name) values (:i, :n) returning id")
                    .param("i", institutionId)
                    .param("n", room)
                    .query(Long.class)
                    .single();
            rooms.add(new Institution.Room(id, room));
        }
        Institution home = new Institution(institutionId, INSTITUTION, CITY, true, List.copyOf(rooms));
        for (int i = 0; i < NAMES.size(); i++) {
            long child = children.insert(child(home, i, today), "demo");
            if (i % 7 == 0 && i / 7 < NOTES.size()) {
                notes.add(child, NOTES.get(i / 7), "fuliyuan");
            }
            if (i == 11 || i == 23) {
                LocalDate admitted = jdbc.sql("select admitted_on from childwelfare.children where id = :id")
                        .param("id", child)
                        .query(LocalDate.class)
                        .single();
                LocalDate left = today.withDayOfYear(1).isAfter(admitted) ? today.withDayOfYear(1) : admitted;
                children.discharge(child, left, i == 11 ? "被收养" : "回归家庭");
            }
        }
        for (int i = 0; i < THERAPISTS.size(); i++) {
            jdbc.sql("""
                            insert into childwelfare.therapists (institution_id, name, username, demo)
                            values (:i, :name, :username, true)
                            on conflict (username) do nothing
                            """)
                    .param("i", institutionId)
                    .param("name", THERAPISTS.get(i))
                    .param("username", i == 0 ? "zhiliao" : null, java.sql.Types.VARCHAR)
                    .update();
        }
    }

    /** The i-th demo child: 80 % physical disabilities, mostly orphans and foundlings, aged 2 to 16. */
    private static NewChild child(Institution home, int i, LocalDate today) {
        int age = 2 + (i * 7) % 15;
        LocalDate birth = today.minusYears(age).minusDays(30L + (i * 37) % 300);
        String area = i % 5 == 4 ? "371600" : "371602";
        String sequence = String.format("%02d", 10 + i) + (i % 2 == 0 ? "1" : "2");
        String first17 = area + birth.toString().replace("-", "") + sequence;
        IdNumber idNumber = new IdNumber(first17 + IdNumber.checkChar(first17));
        DisabilityType disability = i % 5 == 2 ? DISABILITIES[(i / 5) % DISABILITIES.length] : DisabilityType.PHYSICAL;
        Guardianship guardianship = i % 6 == 5
                ? Guardianship.DE_FACTO_UNSUPPORTED
                : i % 2 == 0 ? Guardianship.ORPHAN : Guardianship.ABANDONED;
        LocalDate admitted = birth.plusMonths(2 + (i * 5) % (age * 6));
        if (admitted.isAfter(today)) {
            admitted = today;
        }
        Long room = home.rooms().get(2 + i % 4).id();
        return new NewChild(
                home,
                Optional.of(room),
                Optional.empty(),
                Optional.empty(),
                NAMES.get(i),
                idNumber,
                guardianship,
                disability,
                1 + (i * 3) % 4,
                i % 3 != 2,
                i % 4 != 3,
                admitted,
                true);
    }
}
