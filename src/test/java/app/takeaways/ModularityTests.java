package app.takeaways;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	@Test
	void featurePackagesDependOnEachOtherOnlyOneWay() {
		ApplicationModules.of(TakeawaysApplication.class).verify();
	}

}
