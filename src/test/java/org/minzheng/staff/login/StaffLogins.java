package org.minzheng.staff.login;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.minzheng.shared.RegionCode;
import org.minzheng.staff.account.AccountRepository;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signs requests in as a given staff account, with the permissions and region it really has, and
 * creates throw-away accounts for tests that must not disturb the shared demo accounts.
 */
@TestComponent
public class StaffLogins {

    /** Password of every account made by {@link #createAccount}. */
    public static final String PASSWORD = "Test@2026pw";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final StaffUserDetailsService users;
    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    StaffLogins(StaffUserDetailsService users, AccountRepository accounts, PasswordEncoder encoder, Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    public RequestPostProcessor as(String username) {
        StaffUser user = users.loadUserByUsername(username);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /**
     * Signs the calling thread in as the account, for tests that call services directly, which check
     * permissions like a request does. Undo with {@code SecurityContextHolder.clearContext()}.
     */
    public void signIn(String username) {
        StaffUser user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public StaffUser user(String username) {
        return users.loadUserByUsername(username);
    }

    /** A fresh account with a unique name starting with {@code prefix}; returns the user name. */
    public String createAccount(String prefix, String region, String... roles) {
        String username = prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
        accounts.insert(
                new AccountRepository.NewAccount(
                        username,
                        "测试用户",
                        encoder.encode(PASSWORD),
                        RegionCode.of(region),
                        null,
                        null,
                        false,
                        "test",
                        List.of(roles)),
                clock.instant());
        return username;
    }
}
