/**
 * The rules of this pack, in the contract's order (employer rules, then person rules, then the
 * later additions of the revised contract). The core's registry (src/core/rules/registry.ts) reads
 * this list through the pack, so a new rule is a file here, its case table beside it, and one line below.
 */
import { apprenticeship } from './apprenticeship.js';
import { competitionTrainingAward } from './competition_training_award.js';
import { competitionWinnerAward } from './competition_winner_award.js';
import { educationFundDeduction } from './education_fund_deduction.js';
import { enterpriseSchoolSupport } from './enterprise_school_support.js';
import { entrepreneurshipTraining } from './entrepreneurship_training.js';
import { equipmentSubsidy } from './equipment_subsidy.js';
import { freeTrainingPoor } from './free_training_poor.js';
import { onJobTraining } from './on_job_training.js';
import { poorFamilyChildAid } from './poor_family_child_aid.js';
import { poorFamilyStudentAid } from './poor_family_student_aid.js';
import { projectTrainingAdvance } from './project_training_advance.js';
import { schoolPoorStudentAid } from './school_poor_student_aid.js';
import { trainingMaterialsSupport } from './training_materials_support.js';
import { vocationalTraining } from './vocational_training.js';
import type { Rule } from '../../../core/rules/types.js';

export const RULES = [
  onJobTraining,
  projectTrainingAdvance,
  equipmentSubsidy,
  apprenticeship,
  educationFundDeduction,
  vocationalTraining,
  freeTrainingPoor,
  poorFamilyStudentAid,
  entrepreneurshipTraining,
  poorFamilyChildAid,
  schoolPoorStudentAid,
  enterpriseSchoolSupport,
  competitionTrainingAward,
  competitionWinnerAward,
  trainingMaterialsSupport,
] as const satisfies readonly Rule[];
