package app.takeaways.account;

import app.takeaways.common.NotFoundException;

/**
 * No account with this id.
 */
class AccountNotFoundException extends NotFoundException {

	AccountNotFoundException(long id) {
		super("No account " + id);
	}

}
