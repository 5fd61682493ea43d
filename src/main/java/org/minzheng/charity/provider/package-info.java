/** 服务机构与招投标: providers bid for a project's services; the awarded contract is paid out of the project fund. */
package org.minzheng.charity.provider;
