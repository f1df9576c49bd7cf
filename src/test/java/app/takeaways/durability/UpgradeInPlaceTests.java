package app.takeaways.durability;

import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;

/**
 * The upgrade from the last release on the embedded database.
 */
@JdbcTest
class UpgradeInPlaceTests extends UpgradeInPlaceContract {

}
