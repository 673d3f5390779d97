/** The rules in the contract's order: employer rules first, then person rules. */
import { apprenticeship } from './apprenticeship.js';
import { educationFundDeduction } from './education_fund_deduction.js';
import { entrepreneurshipTraining } from './entrepreneurship_training.js';
import { equipmentSubsidy } from './equipment_subsidy.js';
import { freeTrainingPoor } from './free_training_poor.js';
import { onJobTraining } from './on_job_training.js';
import { poorFamilyStudentAid } from './poor_family_student_aid.js';
import { projectTrainingAdvance } from './project_training_advance.js';
import { vocationalTraining } from './vocational_training.js';
import type { Rule } from '../types.js';

export const RULES: readonly Rule[] = [
  onJobTraining,
  projectTrainingAdvance,
  equipmentSubsidy,
  apprenticeship,
  educationFundDeduction,
  vocationalTraining,
  freeTrainingPoor,
  poorFamilyStudentAid,
  entrepreneurshipTraining,
];
