package app.takeaways.discovery;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts every JDBC statement the application prepares, whether Hibernate or a
 * {@code JdbcClient} runs it: the data source hands out connections that count
 * {@code prepareStatement}, {@code prepareCall} and {@code createStatement} made by the
 * thread that runs the counted action.
 */
public class StatementCounter {

	private final AtomicLong statements = new AtomicLong();

	/**
	 * Set on the thread that runs {@link #count}: statements other threads prepare
	 * meanwhile (a scheduled job polling the database) are not the action's.
	 */
	private final ThreadLocal<Boolean> counting = ThreadLocal.withInitial(() -> false);

	public long count(Runnable action) {
		long before = this.statements.get();
		this.counting.set(true);
		try {
			action.run();
		}
		finally {
			this.counting.remove();
		}
		return this.statements.get() - before;
	}

	DataSource wrap(DataSource target) {
		return new DelegatingDataSource(target) {

			@Override
			public Connection getConnection() throws SQLException {
				return counting(super.getConnection());
			}

		};
	}

	private Connection counting(Connection connection) {
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					String name = method.getName();
					if ((name.equals("prepareStatement") || name.equals("prepareCall")
							|| name.equals("createStatement")) && this.counting.get()) {
						this.statements.incrementAndGet();
					}
					try {
						return method.invoke(connection, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getTargetException();
					}
				});
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		StatementCounter statementCounter() {
			return new StatementCounter();
		}

		@Bean
		static BeanPostProcessor countingDataSource(
				org.springframework.beans.factory.ObjectProvider<StatementCounter> counter) {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof DataSource dataSource) ? counter.getObject().wrap(dataSource) : bean;
				}

			};
		}

	}

}
