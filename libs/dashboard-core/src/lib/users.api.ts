import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, CreateUserRequest, Role, UserView } from '@kem/contracts';
import { Observable } from 'rxjs';
import { ResourceClient } from './resource-client';

/** Body of PATCH /api/users/:id: any of these; `active: false` deactivates and ends the user's sessions. */
export interface UserPatch {
  role?: Role;
  active?: boolean;
  displayName?: string | null;
  password?: string;
}

/** User accounts (admin): the last active admin can be neither demoted nor deactivated (409). */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);
  private readonly records = new ResourceClient<UserView, CreateUserRequest, UserPatch>(API_ROUTES.users, API_ROUTES.user);

  list(): Observable<UserView[]> {
    return this.http.get<UserView[]>(API_ROUTES.users);
  }

  create(request: CreateUserRequest): Observable<UserView> {
    return this.records.create(request);
  }

  update(id: number, patch: UserPatch): Observable<UserView> {
    return this.records.update(id, patch);
  }
}
