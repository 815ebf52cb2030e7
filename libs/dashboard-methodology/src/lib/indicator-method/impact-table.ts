import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ImpactRow } from '../methodology-model';

/** An indicator's impact table p(σ), with the rubric's name for each severity. */
@Component({
  selector: 'kem-impact-table',
  imports: [DecimalPipe],
  template: `
    <div class="table-wrap" role="region" tabindex="0" [attr.aria-label]="'Impact by severity, ' + indicatorName()">
      <table class="compact" data-testid="impacts">
        <caption>
          Impact p(σ) by severity σ
        </caption>
        <tbody>
          <tr>
            <th scope="row">Severity σ</th>
            @for (row of impacts(); track row.severity) {
              <th scope="col" class="num">
                {{ row.severity }} <span class="label">{{ row.label }}</span>
              </th>
            }
          </tr>
          <tr>
            <th scope="row">Impact p(σ)</th>
            @for (row of impacts(); track row.severity) {
              <td class="num">{{ row.impact | number: '1.0-2' }}</td>
            }
          </tr>
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .label {
      display: block;
      font-weight: 400;
      font-size: 0.8125rem;
    }
  `,
  styleUrl: '../styles/_methodology.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImpactTable {
  readonly impacts = input.required<readonly ImpactRow[]>();
  /** For the scrollable region's accessible name. */
  readonly indicatorName = input.required<string>();
}
