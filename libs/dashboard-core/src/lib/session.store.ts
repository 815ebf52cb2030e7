import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, Signal, signal } from '@angular/core';
import { API_ROUTES, ChangePasswordRequest, LoginResponse, Role, roleAtLeast, UserView } from '@kem/contracts';
import { firstValueFrom } from 'rxjs';

/**
 * Who is signed in. The session itself lives in an httpOnly cookie the browser sends with every
 * same-origin request; this store only mirrors the user it belongs to.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly http = inject(HttpClient);
  private readonly current = signal<UserView | null>(null);
  private checked: Promise<UserView | null> | null = null;

  readonly user = this.current.asReadonly();
  readonly signedIn = computed(() => this.current() !== null);

  /**
   * Asks the API once per page load whether the cookie still holds a session. An anonymous visitor
   * gets 204 (no body), not a 401 the browser would log as an error on every page; a 401 is still
   * understood as signed out.
   */
  ensureChecked(): Promise<UserView | null> {
    this.checked ??= firstValueFrom(this.http.get<UserView | null>(API_ROUTES.me)).then(
      (user) => this.setUser(user ?? null),
      (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 401) return this.setUser(null);
        this.checked = null;
        throw error;
      },
    );
    return this.checked;
  }

  async signIn(email: string, password: string): Promise<UserView> {
    const response = await firstValueFrom(this.http.post<LoginResponse>(API_ROUTES.login, { email, password }));
    this.checked = Promise.resolve(response.user);
    return this.setUser(response.user);
  }

  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.http.post<void>(API_ROUTES.logout, {}));
    } finally {
      this.checked = Promise.resolve(null);
      this.setUser(null);
    }
  }

  /** Changes the signed-in user's password; the API ends their other sessions and keeps this one. */
  async changePassword(request: ChangePasswordRequest): Promise<void> {
    await firstValueFrom(this.http.post<void>(API_ROUTES.password, request));
  }

  /** Called when the API answers 401: the session has expired or was revoked. */
  forget(): void {
    this.checked = Promise.resolve(null);
    this.setUser(null);
  }

  hasRole(role: Role): boolean {
    const user = this.current();
    return user !== null && roleAtLeast(user.role, role);
  }

  private setUser<T extends UserView | null>(user: T): T {
    this.current.set(user);
    return user;
  }
}

/** Whether the signed-in user has `role` or a higher one, following sign-in and sign-out. Call in an injection context. */
export function hasRole(role: Role): Signal<boolean> {
  const session = inject(SessionStore);
  return computed(() => session.hasRole(role));
}
