/**
 * 福彩渠道: the city welfare-lottery centre's sales channels. Sales happen in the provincial sales system; this module
 * keeps the channel partners and their agreements, the outlets by type with who opened and who services them, the
 * teams of the "1+3" model and their contracted areas, the daily sales imported from the sales system with the
 * baseline and the growth from new channels, the weekly and monthly rankings with their bulletins and interviews
 * (擂台制), the incentives for opening channels and for performance, and the public-welfare side (the 快乐吧 hall and
 * funded projects).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "region", "workbench", "workbench :: spi"})
package org.minzheng.lottery;
