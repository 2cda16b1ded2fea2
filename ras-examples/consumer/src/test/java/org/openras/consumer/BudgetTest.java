package org.openras.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.tables.RasJson;
import org.openras.tables.batch.BatchRun;

class BudgetTest {
  private static final Path EXAMPLES = Path.of(System.getProperty("examples"));

  @Test
  void theWorkedExampleFromThePublishedArtifactsOnTheModulePath() throws Exception {
    Result r =
        Budget.of(
            EXAMPLES.resolve("worked-table.json"), EXAMPLES.resolve("worked-assessment.json"));
    assertEquals(new BigDecimal("39.6"), r.totalPoints());
    assertEquals(new BigDecimal("199.69"), r.indicativeBudget().weekly());
    assertEquals(new BigDecimal("10383.88"), r.indicativeBudget().annual());
    assertEquals(new BigDecimal("239.69"), r.finalBudget().orElseThrow().weekly());
  }

  @Test
  void everyModuleIsNamedAndReadFromTheModulePath() {
    assertTrue(Budget.class.getModule().isNamed(), "the consumer runs as a named module");
    assertEquals("org.openras.core", RasEngine.class.getModule().getName());
    assertEquals("org.openras.tables", RasJson.class.getModule().getName());
    assertEquals("org.openras.caseload", BatchRun.class.getModule().getName());
    assertTrue(RasEngine.class.getModule().getDescriptor() != null, "ras-core has a descriptor");
  }

  @Test
  void calibrationIsAnAutomaticModuleWithADeclaredName() {
    // Hipparchus declares no module name, so ras-calibration has no descriptor of its own but a
    // stable declared name (Automatic-Module-Name), not one made from its file name
    Path jar = Path.of(System.getProperty("calibrationJar"));
    ModuleReference ref = ModuleFinder.of(jar).findAll().iterator().next();
    assertEquals("org.openras.calibration", ref.descriptor().name());
    assertTrue(ref.descriptor().isAutomatic());
  }
}
