package dev.prodready;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of docs/development.md ("Layout"), on the compiled classes of src/main/java.
 * kube/ holds Kubernetes semantics only, so it may not reach up to the snapshot or the checks. No
 * cycle may appear between the top-level packages (check and all its sub-packages form one slice,
 * as do api and api.v1alpha1), nor between any two packages at all (so check.evidence, the category
 * packages and the check root stay layered among themselves too).
 */
@AnalyzeClasses(packages = "dev.prodready", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule kubeHoldsKubernetesSemanticsOnly =
      noClasses()
          .that()
          .resideInAPackage("dev.prodready.kube..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.prodready.snapshot..", "dev.prodready.check..");

  @ArchTest
  static final ArchRule noCycleBetweenTopLevelPackages =
      slices().matching("dev.prodready.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule noCycleBetweenAnyPackages =
      slices().matching("dev.prodready.(**)").should().beFreeOfCycles();
}
