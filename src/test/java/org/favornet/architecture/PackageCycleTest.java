package org.favornet.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The product's package structure: no cycle between {@code org.favornet} packages, sub-packages
 * counted as packages of their own ({@code detection} and {@code detection.concentration} are two);
 * and the tools (benchmarks, generator, evaluation) stay outside: no product package depends on them.
 * Only {@link org.favornet.FavornetApplication}, in the root package, assembles every command. Only
 * {@code graph} opens database sessions.
 */
class PackageCycleTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.favornet");

    @Test
    void noCycleRunsBetweenPackagesOrSubPackages() {
        slices().matching("org.favornet.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void noProductPackageDependsOnTheBenchmarksTheGeneratorOrTheEvaluation() {
        noClasses().that().resideInAPackage("org.favornet..")
                .and().resideOutsideOfPackages("org.favornet.bench..", "org.favornet.fixtures..", "org.favornet.evaluation..")
                .and().doNotHaveFullyQualifiedName("org.favornet.FavornetApplication")
                .should().dependOnClassesThat().resideInAnyPackage("org.favornet.bench..", "org.favornet.fixtures..",
                        "org.favornet.evaluation..")
                .check(MAIN);
    }

    @Test
    void onlyTheGraphPackageOpensDatabaseSessions() {
        // the benchmarks may: they time the alternatives to CypherRunner, plain driver sessions among them
        noClasses().that().resideInAPackage("org.favornet..")
                .and().resideOutsideOfPackages("org.favornet.graph..", "org.favornet.bench..")
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(
                                        org.neo4j.driver.Driver.class)))
                        .and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                                com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching(
                                        "session|executableQuery"))))
                .because("every query goes through graph.CypherRunner, which reads its text from cypher/")
                .check(MAIN);
    }
}
