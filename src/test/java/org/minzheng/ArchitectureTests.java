package org.minzheng;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/** Rules Spring Modulith does not check: where controllers and SQL live, and which types we use. */
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.minzheng");

    static final String[] MODULE_BASES = {
        "org.minzheng.audit",
        "org.minzheng.region",
        "org.minzheng.staff",
        "org.minzheng.dictionary",
        "org.minzheng.workbench"
    };

    @Test
    void controllersAndRepositoriesLiveInFeaturePackagesNotInAModulesPublicFace() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .or()
                .areAnnotatedWith(Repository.class)
                .should()
                .resideOutsideOfPackages(MODULE_BASES)
                .because("a module's base package is its public API; web and SQL are internal")
                .check(CLASSES);
    }

    @Test
    void theSharedKernelDependsOnNoOtherModule() {
        noClasses()
                .that()
                .resideInAPackage("org.minzheng.shared..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.minzheng.audit..",
                        "org.minzheng.region..",
                        "org.minzheng.staff..",
                        "org.minzheng.dictionary..",
                        "org.minzheng.workbench..")
                .check(CLASSES);
    }

    @Test
    void kernelModulesNeverDependOnTheStaffModuleToKnowWhoIsSignedIn() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.minzheng.audit..",
                        "org.minzheng.region..",
                        "org.minzheng.dictionary..",
                        "org.minzheng.workbench..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.minzheng.staff..")
                .because("they use shared.security.CurrentStaff; staff depends on them, not the other way round")
                .check(CLASSES);
    }

    @Test
    void javaTimeEverywhere() {
        noFields()
                .should()
                .haveRawType(java.util.Date.class)
                .orShould()
                .haveRawType(java.util.Calendar.class)
                .check(CLASSES);
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.util.Date")
                .check(CLASSES);
    }

    @Test
    void nothingWritesToStandardOutputExceptCommands() {
        noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Command")
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .because("use a logger, which never receives personal data unmasked")
                .check(CLASSES);
    }

    @Test
    void webControllersDoNotTalkToJdbcDirectly() {
        noClasses()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework.jdbc..")
                .because("SQL lives in repositories and services")
                .check(CLASSES);
    }
}
