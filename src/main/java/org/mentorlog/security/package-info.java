/** Sign-in, roles, and the account that services use to scope data to a team. */
package org.mentorlog.security;
