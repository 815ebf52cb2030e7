import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { IndicatorMethodView } from '../methodology-model';
import { ImpactTable } from './impact-table';

/** One indicator on the methodology page: its method in words, live parameters, formulas and a worked example. */
@Component({
  selector: 'kem-indicator-method',
  imports: [DecimalPipe, ImpactTable],
  templateUrl: './indicator-method.html',
  styleUrl: './indicator-method.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorMethod {
  readonly indicator = input.required<IndicatorMethodView>();
}
