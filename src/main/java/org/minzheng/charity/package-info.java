/**
 * 慈善: government assistance linked with charity, along Binzhou's path "civil affairs proposes projects, charities
 * raise the money, professional agencies serve, people in need benefit". The needs list (急难愁盼清单) shows,
 * township by township, the hardships left after government assistance; projects take them up; donations fill
 * the projects' funds; providers paid by tender spend them; evaluations, audits and awards judge the work; and
 * the public charity page shows it all from the same records. Money moves only through {@code FundLedger}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "attachment", "region", "registry", "workbench", "workbench :: spi"})
package org.minzheng.charity;
