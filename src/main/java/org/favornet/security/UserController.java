package org.favornet.security;

import org.favornet.web.Page;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users and API tokens: the administrator manages everyone; anyone may make himself a token. */
@RestController
class UserController {

    private final UserAccounts accounts;

    UserController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** Users in name order, as a page like every list. */
    @GetMapping("/api/users")
    Page<UserAccounts.UserView> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return Page.of(accounts.list(), page, size);
    }

    @GetMapping("/api/users/{name}")
    UserAccounts.UserView get(@PathVariable String name) {
        return accounts.get(name);
    }

    /** Creates or changes a user: roles, regions, clearData, enabled, password. */
    @PutMapping("/api/users/{name}")
    UserAccounts.UserView put(@PathVariable String name, @RequestBody UserAccounts.UserChange change) {
        return accounts.put(name, change);
    }

    /** Disables the user and revokes his tokens; users are never deleted, the audit trail names them. */
    @DeleteMapping("/api/users/{name}")
    UserAccounts.UserView disable(@PathVariable String name) {
        return accounts.disable(name);
    }

    @PostMapping("/api/users/{name}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    UserAccounts.IssuedToken issue(@PathVariable String name) {
        return accounts.issueToken(name);
    }

    @PostMapping("/api/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    UserAccounts.IssuedToken issueOwn() {
        return accounts.issueToken(Viewer.current().username());
    }
}
