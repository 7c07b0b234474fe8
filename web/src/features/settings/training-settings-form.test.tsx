import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { type Answer, renderWithScriptedServer } from '../../test/scripted-client';
import { TrainingSettingsForm, type TrainingSettingsValues } from './training-settings-form';

afterEach(cleanup);

const defaults: TrainingSettingsValues = { unitSystem: 'METRIC', e1rmFormula: 'EPLEY', barWeightKg: 20, platesKg: [25, 20, 15, 10, 5, 2.5, 1.25] };

function savedAnswer(settings: TrainingSettingsValues): Answer {
  return {
    data: {
      updateSettings: {
        __typename: 'UpdateSettingsPayload',
        user: { __typename: 'User', id: 'u-1', settings: { __typename: 'UserSettings', ...settings, saved: true } },
      },
    },
  };
}

const barInput = () => screen.getByRole('textbox', { name: 'Bar weight (kg)' });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

describe('TrainingSettingsForm', () => {
  it('sends units, formula, bar and the edited plates, then says so in the live region', async () => {
    const { sent } = renderWithScriptedServer(<TrainingSettingsForm initial={defaults} />, (operation) =>
      savedAnswer(operation.variables.input as TrainingSettingsValues),
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Pounds (lb)' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Estimated 1RM formula' }), { target: { value: 'BRZYCKI' } });
    fireEvent.change(barInput(), { target: { value: '15,5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove 25 kg plate' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove 15 kg plate' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Add a plate size (kg)' }), { target: { value: '0.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add plate' }));
    expect(screen.getByRole('status').textContent).toBe('');
    save();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Settings saved.'));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.operationName).toBe('UpdateSettings');
    expect(sent[0]!.variables.input).toEqual({ unitSystem: 'IMPERIAL', e1rmFormula: 'BRZYCKI', barWeightKg: 15.5, platesKg: [20, 10, 5, 2.5, 1.25, 0.5] });
  });

  it("marks the input a server BAD_USER_INPUT names and shows the server's message", async () => {
    renderWithScriptedServer(<TrainingSettingsForm initial={defaults} />, () => ({
      errors: [{ message: 'barWeightKg must not be greater than 100.', extensions: { code: 'BAD_USER_INPUT', field: 'barWeightKg' } }],
    }));
    fireEvent.change(barInput(), { target: { value: '120' } });
    save();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('barWeightKg must not be greater than 100.');
    expect(barInput().getAttribute('aria-invalid')).toBe('true');
    expect(barInput().getAttribute('aria-describedby')).toBe(alert.id);
    expect(screen.getByRole('textbox', { name: 'Add a plate size (kg)' }).getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('puts a plate error from the server (platesKg.N) on the plate input', async () => {
    renderWithScriptedServer(<TrainingSettingsForm initial={defaults} />, () => ({
      errors: [{ message: 'platesKg.0 must be a multiple of 0.25.', extensions: { code: 'BAD_USER_INPUT', field: 'platesKg.0' } }],
    }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Add a plate size (kg)' }), { target: { value: '0.3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add plate' }));
    save();
    await screen.findByRole('alert');
    expect(screen.getByRole('textbox', { name: 'Add a plate size (kg)' }).getAttribute('aria-invalid')).toBe('true');
    expect(barInput().getAttribute('aria-invalid')).toBeNull();
  });

  it('refuses a bar weight that is not a number without asking the server', async () => {
    const { sent } = renderWithScriptedServer(<TrainingSettingsForm initial={defaults} />, () => savedAnswer(defaults));
    fireEvent.change(barInput(), { target: { value: 'twenty' } });
    save();
    await screen.findByRole('alert');
    expect(barInput().getAttribute('aria-invalid')).toBe('true');
    expect(sent).toHaveLength(0);
  });
});
