/**
 * Redthread: generated from model/assessment.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.assessment.model.impl;

import java.time.Instant;

import java.util.Collection;

import no.redthread.assessment.model.Answer;
import no.redthread.assessment.model.AssessmentPackage;

import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Measure;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Answer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.assessment.model.impl.AnswerImpl#getQuestionId <em>Question Id</em>}</li>
 *   <li>{@link no.redthread.assessment.model.impl.AnswerImpl#getOptionId <em>Option Id</em>}</li>
 *   <li>{@link no.redthread.assessment.model.impl.AnswerImpl#getJustification <em>Justification</em>}</li>
 *   <li>{@link no.redthread.assessment.model.impl.AnswerImpl#getEvidenceGoals <em>Evidence Goals</em>}</li>
 *   <li>{@link no.redthread.assessment.model.impl.AnswerImpl#getEvidenceMeasures <em>Evidence Measures</em>}</li>
 *   <li>{@link no.redthread.assessment.model.impl.AnswerImpl#getEvidenceIndicators <em>Evidence Indicators</em>}</li>
 *   <li>{@link no.redthread.assessment.model.impl.AnswerImpl#getAnsweredBy <em>Answered By</em>}</li>
 *   <li>{@link no.redthread.assessment.model.impl.AnswerImpl#getAnsweredAt <em>Answered At</em>}</li>
 *   <li>{@link no.redthread.assessment.model.impl.AnswerImpl#getDimensionId <em>Dimension Id</em>}</li>
 *   <li>{@link no.redthread.assessment.model.impl.AnswerImpl#getThemeId <em>Theme Id</em>}</li>
 *   <li>{@link no.redthread.assessment.model.impl.AnswerImpl#getRuleId <em>Rule Id</em>}</li>
 *   <li>{@link no.redthread.assessment.model.impl.AnswerImpl#getQuestionText <em>Question Text</em>}</li>
 *   <li>{@link no.redthread.assessment.model.impl.AnswerImpl#isOrphaned <em>Orphaned</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnswerImpl extends MinimalEObjectImpl.Container implements Answer {
	/**
	 * The default value of the '{@link #getQuestionId() <em>Question Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestionId()
	 * @generated
	 * @ordered
	 */
	protected static final String QUESTION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuestionId() <em>Question Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestionId()
	 * @generated
	 * @ordered
	 */
	protected String questionId = QUESTION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getOptionId() <em>Option Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptionId()
	 * @generated
	 * @ordered
	 */
	protected static final String OPTION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOptionId() <em>Option Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptionId()
	 * @generated
	 * @ordered
	 */
	protected String optionId = OPTION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getJustification() <em>Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJustification()
	 * @generated
	 * @ordered
	 */
	protected static final String JUSTIFICATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJustification() <em>Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJustification()
	 * @generated
	 * @ordered
	 */
	protected String justification = JUSTIFICATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvidenceGoals() <em>Evidence Goals</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<Goal> evidenceGoals;

	/**
	 * The cached value of the '{@link #getEvidenceMeasures() <em>Evidence Measures</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceMeasures()
	 * @generated
	 * @ordered
	 */
	protected EList<Measure> evidenceMeasures;

	/**
	 * The cached value of the '{@link #getEvidenceIndicators() <em>Evidence Indicators</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<String> evidenceIndicators;

	/**
	 * The default value of the '{@link #getAnsweredBy() <em>Answered By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnsweredBy()
	 * @generated
	 * @ordered
	 */
	protected static final String ANSWERED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnsweredBy() <em>Answered By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnsweredBy()
	 * @generated
	 * @ordered
	 */
	protected String answeredBy = ANSWERED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnsweredAt() <em>Answered At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnsweredAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant ANSWERED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnsweredAt() <em>Answered At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnsweredAt()
	 * @generated
	 * @ordered
	 */
	protected Instant answeredAt = ANSWERED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDimensionId() <em>Dimension Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimensionId()
	 * @generated
	 * @ordered
	 */
	protected static final String DIMENSION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDimensionId() <em>Dimension Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimensionId()
	 * @generated
	 * @ordered
	 */
	protected String dimensionId = DIMENSION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getThemeId() <em>Theme Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThemeId()
	 * @generated
	 * @ordered
	 */
	protected static final String THEME_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getThemeId() <em>Theme Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThemeId()
	 * @generated
	 * @ordered
	 */
	protected String themeId = THEME_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getRuleId() <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleId()
	 * @generated
	 * @ordered
	 */
	protected static final String RULE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRuleId() <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleId()
	 * @generated
	 * @ordered
	 */
	protected String ruleId = RULE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuestionText() <em>Question Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestionText()
	 * @generated
	 * @ordered
	 */
	protected static final String QUESTION_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuestionText() <em>Question Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestionText()
	 * @generated
	 * @ordered
	 */
	protected String questionText = QUESTION_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #isOrphaned() <em>Orphaned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOrphaned()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ORPHANED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOrphaned() <em>Orphaned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOrphaned()
	 * @generated
	 * @ordered
	 */
	protected boolean orphaned = ORPHANED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnswerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AssessmentPackage.Literals.ANSWER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuestionId() {
		return questionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuestionId(String newQuestionId) {
		String oldQuestionId = questionId;
		questionId = newQuestionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.ANSWER__QUESTION_ID, oldQuestionId, questionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOptionId() {
		return optionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOptionId(String newOptionId) {
		String oldOptionId = optionId;
		optionId = newOptionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.ANSWER__OPTION_ID, oldOptionId, optionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJustification() {
		return justification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJustification(String newJustification) {
		String oldJustification = justification;
		justification = newJustification;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.ANSWER__JUSTIFICATION, oldJustification, justification));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Goal> getEvidenceGoals() {
		if (evidenceGoals == null) {
			evidenceGoals = new EObjectResolvingEList<Goal>(Goal.class, this, AssessmentPackage.ANSWER__EVIDENCE_GOALS);
		}
		return evidenceGoals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Measure> getEvidenceMeasures() {
		if (evidenceMeasures == null) {
			evidenceMeasures = new EObjectResolvingEList<Measure>(Measure.class, this, AssessmentPackage.ANSWER__EVIDENCE_MEASURES);
		}
		return evidenceMeasures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEvidenceIndicators() {
		if (evidenceIndicators == null) {
			evidenceIndicators = new EDataTypeUniqueEList<String>(String.class, this, AssessmentPackage.ANSWER__EVIDENCE_INDICATORS);
		}
		return evidenceIndicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnsweredBy() {
		return answeredBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnsweredBy(String newAnsweredBy) {
		String oldAnsweredBy = answeredBy;
		answeredBy = newAnsweredBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.ANSWER__ANSWERED_BY, oldAnsweredBy, answeredBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAnsweredAt() {
		return answeredAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnsweredAt(Instant newAnsweredAt) {
		Instant oldAnsweredAt = answeredAt;
		answeredAt = newAnsweredAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.ANSWER__ANSWERED_AT, oldAnsweredAt, answeredAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDimensionId() {
		return dimensionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDimensionId(String newDimensionId) {
		String oldDimensionId = dimensionId;
		dimensionId = newDimensionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.ANSWER__DIMENSION_ID, oldDimensionId, dimensionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getThemeId() {
		return themeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThemeId(String newThemeId) {
		String oldThemeId = themeId;
		themeId = newThemeId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.ANSWER__THEME_ID, oldThemeId, themeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRuleId() {
		return ruleId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRuleId(String newRuleId) {
		String oldRuleId = ruleId;
		ruleId = newRuleId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.ANSWER__RULE_ID, oldRuleId, ruleId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuestionText() {
		return questionText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuestionText(String newQuestionText) {
		String oldQuestionText = questionText;
		questionText = newQuestionText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.ANSWER__QUESTION_TEXT, oldQuestionText, questionText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOrphaned() {
		return orphaned;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrphaned(boolean newOrphaned) {
		boolean oldOrphaned = orphaned;
		orphaned = newOrphaned;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.ANSWER__ORPHANED, oldOrphaned, orphaned));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AssessmentPackage.ANSWER__QUESTION_ID:
				return getQuestionId();
			case AssessmentPackage.ANSWER__OPTION_ID:
				return getOptionId();
			case AssessmentPackage.ANSWER__JUSTIFICATION:
				return getJustification();
			case AssessmentPackage.ANSWER__EVIDENCE_GOALS:
				return getEvidenceGoals();
			case AssessmentPackage.ANSWER__EVIDENCE_MEASURES:
				return getEvidenceMeasures();
			case AssessmentPackage.ANSWER__EVIDENCE_INDICATORS:
				return getEvidenceIndicators();
			case AssessmentPackage.ANSWER__ANSWERED_BY:
				return getAnsweredBy();
			case AssessmentPackage.ANSWER__ANSWERED_AT:
				return getAnsweredAt();
			case AssessmentPackage.ANSWER__DIMENSION_ID:
				return getDimensionId();
			case AssessmentPackage.ANSWER__THEME_ID:
				return getThemeId();
			case AssessmentPackage.ANSWER__RULE_ID:
				return getRuleId();
			case AssessmentPackage.ANSWER__QUESTION_TEXT:
				return getQuestionText();
			case AssessmentPackage.ANSWER__ORPHANED:
				return isOrphaned();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AssessmentPackage.ANSWER__QUESTION_ID:
				setQuestionId((String)newValue);
				return;
			case AssessmentPackage.ANSWER__OPTION_ID:
				setOptionId((String)newValue);
				return;
			case AssessmentPackage.ANSWER__JUSTIFICATION:
				setJustification((String)newValue);
				return;
			case AssessmentPackage.ANSWER__EVIDENCE_GOALS:
				getEvidenceGoals().clear();
				getEvidenceGoals().addAll((Collection<? extends Goal>)newValue);
				return;
			case AssessmentPackage.ANSWER__EVIDENCE_MEASURES:
				getEvidenceMeasures().clear();
				getEvidenceMeasures().addAll((Collection<? extends Measure>)newValue);
				return;
			case AssessmentPackage.ANSWER__EVIDENCE_INDICATORS:
				getEvidenceIndicators().clear();
				getEvidenceIndicators().addAll((Collection<? extends String>)newValue);
				return;
			case AssessmentPackage.ANSWER__ANSWERED_BY:
				setAnsweredBy((String)newValue);
				return;
			case AssessmentPackage.ANSWER__ANSWERED_AT:
				setAnsweredAt((Instant)newValue);
				return;
			case AssessmentPackage.ANSWER__DIMENSION_ID:
				setDimensionId((String)newValue);
				return;
			case AssessmentPackage.ANSWER__THEME_ID:
				setThemeId((String)newValue);
				return;
			case AssessmentPackage.ANSWER__RULE_ID:
				setRuleId((String)newValue);
				return;
			case AssessmentPackage.ANSWER__QUESTION_TEXT:
				setQuestionText((String)newValue);
				return;
			case AssessmentPackage.ANSWER__ORPHANED:
				setOrphaned((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case AssessmentPackage.ANSWER__QUESTION_ID:
				setQuestionId(QUESTION_ID_EDEFAULT);
				return;
			case AssessmentPackage.ANSWER__OPTION_ID:
				setOptionId(OPTION_ID_EDEFAULT);
				return;
			case AssessmentPackage.ANSWER__JUSTIFICATION:
				setJustification(JUSTIFICATION_EDEFAULT);
				return;
			case AssessmentPackage.ANSWER__EVIDENCE_GOALS:
				getEvidenceGoals().clear();
				return;
			case AssessmentPackage.ANSWER__EVIDENCE_MEASURES:
				getEvidenceMeasures().clear();
				return;
			case AssessmentPackage.ANSWER__EVIDENCE_INDICATORS:
				getEvidenceIndicators().clear();
				return;
			case AssessmentPackage.ANSWER__ANSWERED_BY:
				setAnsweredBy(ANSWERED_BY_EDEFAULT);
				return;
			case AssessmentPackage.ANSWER__ANSWERED_AT:
				setAnsweredAt(ANSWERED_AT_EDEFAULT);
				return;
			case AssessmentPackage.ANSWER__DIMENSION_ID:
				setDimensionId(DIMENSION_ID_EDEFAULT);
				return;
			case AssessmentPackage.ANSWER__THEME_ID:
				setThemeId(THEME_ID_EDEFAULT);
				return;
			case AssessmentPackage.ANSWER__RULE_ID:
				setRuleId(RULE_ID_EDEFAULT);
				return;
			case AssessmentPackage.ANSWER__QUESTION_TEXT:
				setQuestionText(QUESTION_TEXT_EDEFAULT);
				return;
			case AssessmentPackage.ANSWER__ORPHANED:
				setOrphaned(ORPHANED_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case AssessmentPackage.ANSWER__QUESTION_ID:
				return QUESTION_ID_EDEFAULT == null ? questionId != null : !QUESTION_ID_EDEFAULT.equals(questionId);
			case AssessmentPackage.ANSWER__OPTION_ID:
				return OPTION_ID_EDEFAULT == null ? optionId != null : !OPTION_ID_EDEFAULT.equals(optionId);
			case AssessmentPackage.ANSWER__JUSTIFICATION:
				return JUSTIFICATION_EDEFAULT == null ? justification != null : !JUSTIFICATION_EDEFAULT.equals(justification);
			case AssessmentPackage.ANSWER__EVIDENCE_GOALS:
				return evidenceGoals != null && !evidenceGoals.isEmpty();
			case AssessmentPackage.ANSWER__EVIDENCE_MEASURES:
				return evidenceMeasures != null && !evidenceMeasures.isEmpty();
			case AssessmentPackage.ANSWER__EVIDENCE_INDICATORS:
				return evidenceIndicators != null && !evidenceIndicators.isEmpty();
			case AssessmentPackage.ANSWER__ANSWERED_BY:
				return ANSWERED_BY_EDEFAULT == null ? answeredBy != null : !ANSWERED_BY_EDEFAULT.equals(answeredBy);
			case AssessmentPackage.ANSWER__ANSWERED_AT:
				return ANSWERED_AT_EDEFAULT == null ? answeredAt != null : !ANSWERED_AT_EDEFAULT.equals(answeredAt);
			case AssessmentPackage.ANSWER__DIMENSION_ID:
				return DIMENSION_ID_EDEFAULT == null ? dimensionId != null : !DIMENSION_ID_EDEFAULT.equals(dimensionId);
			case AssessmentPackage.ANSWER__THEME_ID:
				return THEME_ID_EDEFAULT == null ? themeId != null : !THEME_ID_EDEFAULT.equals(themeId);
			case AssessmentPackage.ANSWER__RULE_ID:
				return RULE_ID_EDEFAULT == null ? ruleId != null : !RULE_ID_EDEFAULT.equals(ruleId);
			case AssessmentPackage.ANSWER__QUESTION_TEXT:
				return QUESTION_TEXT_EDEFAULT == null ? questionText != null : !QUESTION_TEXT_EDEFAULT.equals(questionText);
			case AssessmentPackage.ANSWER__ORPHANED:
				return orphaned != ORPHANED_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (questionId: ");
		result.append(questionId);
		result.append(", optionId: ");
		result.append(optionId);
		result.append(", justification: ");
		result.append(justification);
		result.append(", evidenceIndicators: ");
		result.append(evidenceIndicators);
		result.append(", answeredBy: ");
		result.append(answeredBy);
		result.append(", answeredAt: ");
		result.append(answeredAt);
		result.append(", dimensionId: ");
		result.append(dimensionId);
		result.append(", themeId: ");
		result.append(themeId);
		result.append(", ruleId: ");
		result.append(ruleId);
		result.append(", questionText: ");
		result.append(questionText);
		result.append(", orphaned: ");
		result.append(orphaned);
		result.append(')');
		return result.toString();
	}

} //AnswerImpl
