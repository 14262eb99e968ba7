package org.mentorlog.security;

import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.expression.EvaluationContext;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.core.Authentication;

/**
 * Method security as usual, except that {@code hasRole} and {@code hasAuthority} see the rights the
 * account holds now, not the ones the session was granted at sign-in: a service refuses a demoted or
 * disabled user even within the request that raced the change, and whatever calls it (a view, a
 * background task, a test).
 */
class CurrentRightsExpressionHandler extends DefaultMethodSecurityExpressionHandler {

    // A provider: method security is set up before the beans that read accounts exist.
    private final ObjectProvider<CurrentAccount> currentAccount;

    CurrentRightsExpressionHandler(ObjectProvider<CurrentAccount> currentAccount) {
        this.currentAccount = currentAccount;
    }

    @Override
    public EvaluationContext createEvaluationContext(Supplier<? extends Authentication> authentication,
                                                     MethodInvocation invocation) {
        return super.createEvaluationContext(
                () -> currentAccount.getObject().withCurrentRights(authentication.get()), invocation);
    }
}
