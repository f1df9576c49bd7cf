package app.takeaways.durability;

import app.takeaways.support.RequiresPostgres;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;

/**
 * The upgrade from the last release on PostgreSQL. {@code @JdbcTest} brings an embedded
 * database of its own unless told not to.
 */
@JdbcTest
@RequiresPostgres
@AutoConfigureTestDatabase(replace = Replace.NONE)
class UpgradeInPlaceIT extends UpgradeInPlaceContract {

}
