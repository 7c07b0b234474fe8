import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WeightUnitProvider } from '../../lib/units';
import { renderWithScriptedServer } from '../../test/scripted-client';
import { PlateCalculator, PlateCalculatorPanel } from './plate-calculator';

afterEach(cleanup);

const weight = () => screen.getByRole('textbox', { name: 'Weight to load (kg)' });
const type = (text: string) => fireEvent.change(weight(), { target: { value: text } });
const stack = () => within(screen.getByRole('list', { name: 'Plates on each side, heaviest first' })).getAllByRole('listitem').map((item) => item.textContent);

describe('PlateCalculator', () => {
  it('takes and shows pounds for an imperial athlete (plates kept in kg to the gram)', () => {
    // 45 lb bar; 45, 25, 10, 5 and 2.5 lb plates.
    render(
      <WeightUnitProvider unit="lb">
        <PlateCalculator barWeightKg={20.412} platesKg={[20.412, 11.34, 4.536, 2.268, 1.134]} />
      </WeightUnitProvider>,
    );
    expect(screen.getByText('45 lb bar · plates 45 lb, 25 lb, 10 lb, 5 lb, 2.5 lb')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Weight to load (lb)' }), { target: { value: '185' } });
    expect(screen.getByText('185 lb: 45 lb + 25 lb a side')).toBeTruthy();
  });

  it('shows the plates per side, heaviest first, for a weight that can be made', () => {
    render(<PlateCalculator barWeightKg={20} platesKg={[25, 20, 15, 10, 5, 2.5, 1.25]} />);
    expect(screen.getByText('20 kg bar · plates 25 kg, 20 kg, 15 kg, 10 kg, 5 kg, 2.5 kg, 1.25 kg')).toBeTruthy();
    type('142,5');
    expect(screen.getByText('142.5 kg: 2 × 25 kg + 10 kg + 1.25 kg a side')).toBeTruthy();
    expect(stack()).toEqual(['25 kg', '25 kg', '10 kg', '1.25 kg']);
  });

  it('says when the weight cannot be made, with the nearest loads either side', () => {
    render(<PlateCalculator barWeightKg={20} platesKg={[20, 10, 5]} />);
    type('67.5');
    expect(screen.getByText('67.5 kg can’t be made exactly with these plates.')).toBeTruthy();
    expect(screen.getByText('Nearest lighter: 60 kg, 20 kg a side')).toBeTruthy();
    expect(screen.getByText('Nearest heavier: 70 kg, 20 kg + 5 kg a side')).toBeTruthy();
    expect(screen.queryByRole('list', { name: /Plates on each side/ })).toBeNull();
  });

  it('says the bar alone, and that nothing is lighter than the bar', () => {
    render(<PlateCalculator barWeightKg={15} platesKg={[10]} />);
    type('15');
    expect(screen.getByText('15 kg: the bar alone')).toBeTruthy();
    type('10');
    expect(screen.getByText('Nothing lighter: that is less than the bar.')).toBeTruthy();
    expect(screen.getByText('Nearest heavier: 15 kg, the bar alone')).toBeTruthy();
  });

  it('marks an unreadable weight and answers in a live region', () => {
    render(<PlateCalculator barWeightKg={20} platesKg={[20]} />);
    type('lots');
    expect(weight().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Type a weight from 0 to 1000 kg.').closest('[aria-live="polite"]')).toBeTruthy();
    type('60');
    expect(weight().getAttribute('aria-invalid')).toBeNull();
  });
});

describe('PlateCalculatorPanel', () => {
  it('loads the athlete’s bar and plates only when opened', async () => {
    const view = renderWithScriptedServer(<PlateCalculatorPanel />, () => ({
      data: { viewer: { __typename: 'User', id: 'u-1', settings: { __typename: 'UserSettings', barWeightKg: 15, platesKg: [10, 2.5] } } },
    }));
    const toggle = screen.getByRole('button', { name: 'Plate calculator' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(view.sent).toHaveLength(0);

    fireEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide plate calculator' }).getAttribute('aria-expanded')).toBe('true');
    await screen.findByText('15 kg bar · plates 10 kg, 2.5 kg');
    expect(view.sent.map((operation) => operation.operationName)).toEqual(['PlateSettings']);
    type('40');
    expect(screen.getByText('40 kg: 10 kg + 2.5 kg a side')).toBeTruthy();
  });
});
