package app.takeaways.account;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first admin account and how sign-in is protected, under {@code takeaways.admin.*}.
 *
 * @param username name of the admin created on first start when no admin exists
 * @param password its password; when empty a random one is generated and logged once
 * @param maxFailedLogins failed sign-ins per username or address within
 * {@code failureWindow} before sign-in is locked
 * @param failureWindow how far back failed sign-ins count
 * @param lockDuration how long sign-in stays locked
 */
@ConfigurationProperties("takeaways.admin")
public record AdminProperties(@DefaultValue("admin") String username, @Nullable String password,
		@DefaultValue("5") int maxFailedLogins, @DefaultValue("10m") Duration failureWindow,
		@DefaultValue("5m") Duration lockDuration) {

}
