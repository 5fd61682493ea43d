-- Monitoring rules (动态监测预警规则): CEL over the attribute schema and what other departments report
-- (docs/rule-attributes.md). A rule that fires raises a warning, and so a task for the household's
-- village assistant. Like a policy, a rule is its identity and switch; what it says lives in its
-- versions, so that the text behind any warning ever raised stays readable.
create table policy.monitoring_rules (
    id              bigserial   primary key,
    code            varchar(20) not null unique check (code ~ '^[A-Z][A-Z0-9-]{1,19}$'),
    -- the latest version; an edit names the version it started from, so two edits cannot both win
    current_version integer     not null default 1,
    -- inactive rules are kept (their warnings refer to them) but no run reads them
    active          boolean     not null default true,
    -- thresholds written for the demonstration, to be set by the bureau: shown with a badge
    demo            boolean     not null default false,
    created_at      timestamptz not null default now()
);

create table policy.monitoring_rule_versions (
    rule_id      bigint        not null references policy.monitoring_rules (id),
    version      integer       not null check (version >= 1),
    name         varchar(60)   not null,
    level        varchar(10)   not null check (level in ('RED', 'ORANGE', 'YELLOW')),
    -- the deadline of the village assistant's task, in days
    days_to_act  integer       not null check (days_to_act between 1 and 365),
    -- payments to the household stop until someone has looked (a death)
    stop_payment boolean       not null,
    rule         varchar(2000) not null,
    -- what the thresholds stand for and where they come from
    note         varchar(500),
    change_note  varchar(200),
    changed_by   varchar(50)   not null,
    changed_at   timestamptz   not null default now(),
    primary key (rule_id, version),
    check (version = 1 or change_note is not null)
);

-- Switching a rule on or off is a change too; its history sits next to the text's.
create table policy.monitoring_rule_switches (
    id         bigserial   primary key,
    rule_id    bigint      not null references policy.monitoring_rules (id),
    active     boolean     not null,
    changed_by varchar(50) not null,
    changed_at timestamptz not null default now()
);

-- What each rule last found in each household, as a hash of the rule's version and the facts it read
-- (no personal data in clear). A finding becomes a warning when it is new or its facts changed, so a
-- warning the village assistant has closed is not raised again every night for the same facts.
-- household_id refers to registry.households (another module: no foreign key); person_id is 0 for a
-- household rule.
create table policy.monitoring_findings (
    rule_id      bigint      not null references policy.monitoring_rules (id) on delete cascade,
    household_id bigint      not null,
    person_id    bigint      not null,
    fingerprint  char(64)    not null,
    found_on     date        not null,
    primary key (rule_id, household_id, person_id)
);
create index monitoring_findings_household_idx on policy.monitoring_findings (household_id);

-- The warning signs the 2023 opinion on low-income population monitoring names (REFERENCE 3.5). The
-- signs are national; every threshold here is an illustrative setting for the bureau to confirm.
with seeded as (
    insert into policy.monitoring_rules (code, demo) values
        ('MEDICAL-SPENDING', true),
        ('MEMBER-DEATH', true),
        ('SEVERE-DISABILITY', true),
        ('INCOME-ABOVE-LINE', true),
        ('VEHICLE-PROPERTY', true)
    returning id, code
)
insert into policy.monitoring_rule_versions (rule_id, version, name, level, days_to_act, stop_payment, rule, note, changed_by)
select seeded.id, 1, v.name, v.level, v.days_to_act, v.stop_payment, v.rule, v.note, 'system'
from seeded join (values
    ('MEDICAL-SPENDING', '大额医疗支出', 'ORANGE', 15, false,
     'household.medical_expense_yearly > 20000.0 && (''dibao'' in household.categories || ''tekun'' in household.categories || ''edge'' in household.categories || ''monitored'' in household.categories)',
     '示例阈值：近12个月家庭医疗自付超过2万元。请按本市规定调整金额。数据来自医保结算。'),
    ('MEMBER-DEATH', '低保特困家庭成员死亡', 'RED', 10, true,
     'person.deceased && (''dibao'' in household.categories || ''tekun'' in household.categories)',
     '成员死亡后应暂停发放并在3个月内重新核定家庭情况。数据来自公安、卫健、殡葬部门。'),
    ('SEVERE-DISABILITY', '新增重度残疾', 'ORANGE', 15, false,
     'person.certified_recently && person.certified_disability_grade in [1, 2]',
     '示例设置：近90天新办或换发一、二级残疾证。数据来自残联。'),
    ('INCOME-ABOVE-LINE', '低保家庭收入超过标准', 'YELLOW', 30, false,
     '''dibao'' in household.categories && household.income_per_capita > local.dibao',
     '家庭人均月收入高于当地低保标准，应核查是否仍符合条件（可按规定给予渐退期）。'),
    ('VEHICLE-PROPERTY', '低保家庭新增车辆或房产', 'YELLOW', 30, false,
     '''dibao'' in household.categories && (person.vehicles > 0 || person.properties > 0)',
     '示例设置：名下有机动车或自住以外的房产。请按本市财产认定规定调整。数据来自公安交管和不动产登记。')
) as v (code, name, level, days_to_act, stop_payment, rule, note) on v.code = seeded.code;
