import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, ProfileView } from '@kem/contracts';
import { Observable } from 'rxjs';

/** Weight profiles, read-only: what the methodology page shows of each profile's served weights. */
@Injectable({ providedIn: 'root' })
export class ProfilesApi {
  private readonly http = inject(HttpClient);

  /** Live (not archived) profiles with the weights of the version each serves. */
  list(): Observable<ProfileView[]> {
    return this.http.get<ProfileView[]>(API_ROUTES.profiles);
  }
}
