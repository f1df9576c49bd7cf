package app.takeaways.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new password an admin sets for an account.
 */
record PasswordForm(@NotBlank @Size(min = 12, max = 200) String password) {

}
